package org.syncytium.core.connect;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.syncytium.api.comm.Communicator;
import org.syncytium.api.connect.ConnectionRule;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.IllegalConnectionException;
import org.syncytium.api.error.KernelException;
import org.syncytium.api.error.NotImplementedException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;
import org.syncytium.api.param.RandomParameter;
import org.syncytium.api.record.RecordedKind;
import org.syncytium.api.synapse.PlasticSynapse;
import org.syncytium.api.synapse.SynapseKind;
import org.syncytium.api.synapse.SynapseModel;
import org.syncytium.core.node.KernelNodeCollection;
import org.syncytium.core.node.NodeBlock;
import org.syncytium.core.node.NodeKind;
import org.syncytium.core.node.NodeManager;
import org.syncytium.core.plan.Ownership;
import org.syncytium.core.plasticity.PlasticDelivery;
import org.syncytium.core.plasticity.PlasticStore;
import org.syncytium.core.plasticity.SpikeArchive;
import org.syncytium.core.registry.ExtensionRegistry;
import org.syncytium.core.settings.KernelSettings;
import org.syncytium.core.spatial.Mask;
import org.syncytium.core.spatial.NodePositions;
import org.syncytium.core.spatial.Place;
import org.syncytium.core.util.IntList;

/**
 * Makes connections as PyNEST's {@code Connect}: finds the rule and synapse model by name, checks
 * {@code conn_spec} and {@code syn_spec}, lets the rule generate pairs, stages and checks every
 * connection, and only then stores them in compact tables. Also keeps the delay extrema.
 */
@Singleton
public final class ConnectionManager {
    private static final String RULE_KEY = "rule";
    private static final String MAKE_SYMMETRIC = "make_symmetric";
    private static final String ALLOW_AUTAPSES = "allow_autapses";
    /** NEST's spatial keys, which the kernel reads for the rules that take them. */
    private static final String MASK = "mask";
    private static final String OVERSIZED = "allow_oversized_mask";
    /** Owner named in messages about connecting arrays when no rule declares connecting by position. */
    private static final String ARRAYS = "connect";
    private static final String SYMMETRY_RULE = "Connections with this synapse model can only be created as "
            + "one-to-one connections with \"make_symmetric\" set to true or as all-to-all connections with equal "
            + "source and target populations and default or scalar parameters.";

    private final NodeManager nodes;
    private final ExtensionRegistry registry;
    private final KernelSettings settings;
    private final NodePositions positions;
    private final SpikeTable spikes = new SpikeTable();
    private final DeviceTable devices = new DeviceTable();
    private final GapTable gaps = new GapTable();
    private final RecorderLinks links = new RecorderLinks();
    private final PlasticStore plastic = new PlasticStore();
    private final SpikeArchive archive;
    private final PlasticDelivery plasticDelivery;
    /** A connect call named a weight recorder (see {@link #weightsRecorded()}). */
    private boolean weightsRecorded;
    /** The running connect call's rng_seed and step-to-ms conversion (read once per call, not per connection). */
    private long callSeed;
    private java.util.function.LongToDoubleFunction callMs;
    /** Connections over every process by the synapse model name they were made under (a copy's own name). */
    private final Map<String, Long> synapseUse = new LinkedHashMap<>();
    /** Installed models' and copies' names, and the index of each used one, which the tables keep. */
    private final SynapseNames synapseNames;
    /** The running connect call's synapse model name index ({@link SynapseNames#index}). */
    private int callName;
    private int minDelaySteps = Integer.MAX_VALUE;
    private int maxDelaySteps;
    private long calls;
    /** Connections changed after they were made (weights, delays): a run then plans afresh. */
    private long edits;

    private final Communicator communicator;
    private final int rank;
    private final int ranks;
    /** num_connections: every call's connections counted where they are made, the same on every process. */
    private long globalCount;

    /**
     * @param communicator over several processes, each keeps only the connections whose target it
     *                     owns; rules that can generate only those (api.connect 1.1), the others
     *                     are filtered; random streams are keyed by target, so the network is the
     *                     same for any split
     */
    @Inject
    public ConnectionManager(NodeManager nodes, ExtensionRegistry registry, KernelSettings settings,
            Communicator communicator, NodePositions positions, SpikeArchive archive) {
        this.nodes = nodes;
        this.archive = archive;
        this.plasticDelivery = new PlasticDelivery(plastic, archive);
        spikes.onCompile(plastic::arrange);
        this.positions = positions;
        this.registry = registry;
        this.synapseNames = new SynapseNames(registry);
        this.settings = settings;
        this.communicator = communicator;
        this.rank = communicator.rank();
        this.ranks = communicator.size();
    }

    /** True if this process owns neuron index {@code neuron}. */
    private boolean owns(int neuron) {
        if (ranks == 1) {
            return true;
        }
        for (NodeBlock block : nodes.populations()) {
            int local = neuron - block.neuronOffset();
            if (local >= 0 && local < block.size()) {
                return Ownership.partOf(local, block.size(), ranks) == rank;
            }
        }
        throw new IllegalStateException("no population holds neuron index " + neuron);
    }

    /** Connects two collections with a rule, as PyNEST's {@code Connect(pre, post, conn_spec, syn_spec)}. */
    public void connect(KernelNodeCollection pre, KernelNodeCollection post, Map<String, ?> connSpec,
            Map<String, ?> synSpec) {
        beginCall();
        ConnectionRule rule = connSpec.get(RULE_KEY) == null ? defaultRule()
                : registry.require(ConnectionRule.class, text(connSpec.get(RULE_KEY), RULE_KEY), "connection rule");
        String ruleName = rule.name();
        ParameterSchema schema = rule.parameters();
        Map<String, Object> parameters = new LinkedHashMap<>(schema.defaults());
        boolean makeSymmetric = false;
        Mask mask = null;
        boolean oversized = false;
        for (Map.Entry<String, ?> entry : connSpec.entrySet()) {
            String key = entry.getKey();
            if (key.equals(RULE_KEY)) {
                continue;
            }
            if (key.equals(MAKE_SYMMETRIC)) {
                makeSymmetric = flag(ruleName, key, entry.getValue());
                if (!schema.contains(key)) {
                    continue;
                }
            }
            if (key.equals(MASK) || key.equals(OVERSIZED)) {
                requireSpatialRule(rule, key, entry.getValue());
                if (key.equals(MASK)) {
                    mask = mask(pre, post, entry.getValue());
                } else {
                    oversized = flag(ruleName, key, entry.getValue());
                }
                continue;
            }
            if (entry.getValue() instanceof RandomParameter random && schema.contains(key)) {
                // a number NEST lets vary per pair (p = a function of distance): the rule asks per pair
                requireSpatialRule(rule, key, random);
                parameters.put(key, random);
                continue;
            }
            parameters.put(key, schema.convert(ruleName, key, entry.getValue()));
        }
        if (mask != null && !oversized) {
            checkMaskSize(mask, pre, post);
        }
        String named = SynapseNames.requested(synSpec);
        synSpec = synapseNames.withCopyDefaults(synSpec);
        SynapseModel synapse = synapseModel(synSpec);
        callName = synapseNames.index(named != null ? named : synapse.name());
        Place place = positions.place();
        SynapseValues values = SynapseValues.parse(synapse, synSpec, settings.resolution(),
                settings.delayBounds().orElse(null), place);
        resolveWeightRecorder(values);
        // over several processes a rule that can generates only the targets this process owns;
        // mirrored pairs (make_symmetric) target the sources, and every process keeps all recorder
        // links (a multimeter's sampled neurons), so those calls generate every pair
        boolean split = ranks > 1 && !makeSymmetric && rule.connectsLocalTargetsOnly()
                && post.block().kind() == NodeKind.NEURON && pre.block().kind() != NodeKind.RECORDER;
        KernelConnectionRequest request = new KernelConnectionRequest(ruleName, pre.ids(), post.ids(), pre == post,
                parameters, settings.rngSeed(), calls, split ? localTargets(post) : null);
        request.placeIn(positions, mask);
        if (post.size() > 0 && post.block().kind() == NodeKind.RECORDER && !rule.mayTargetRecorders(request)) {
            throw new IllegalConnectionException("cannot connect to node " + post.id(0) + " (" + post.block().modelName()
                    + ") with rule " + ruleName + ": a rule that draws its pairs at random cannot target a recorder"
                    + " (as in NEST); connect with all_to_all or one_to_one");
        }
        if (makeSymmetric && !rule.supportsSymmetric()) {
            throw new NotImplementedException("This connection rule does not support symmetric connections. (rule "
                    + ruleName + ")");
        }
        checkSymmetry(synapse, values, makeSymmetric, makeSymmetric || (rule.isSymmetric(request)
                && values.allScalar()));
        rule.validate(request);
        GeneratedPairs pairs = new GeneratedPairs(ruleName, request, Math.max(16, post.size()), split);
        rule.connect(request, pairs);
        // the whole call's count (skipped connections included), the same on every process
        int total = pairs.total();
        values.checkCount(total);
        int m = pairs.size();
        NodeBlock preBlock = pre.block();
        NodeBlock postBlock = post.block();
        if (split && m == 0 && total > 0) {
            // this process stores none of them; it still refuses what every other process refuses
            int code = StagedConnections.classify(preBlock, pre.id(0), postBlock, post.id(0), synapse.kind());
            for (int k = 0; k < (values.oneReceptor() ? 1 : total); k++) {
                StagedConnections.checkReceptor(code, preBlock, postBlock, post.id(0),
                        values.receptor(k, settings.rngSeed(), calls));
            }
            if (values.plastic()) {
                checkPlastic(code, synapse, preBlock, postBlock);
                // per-connection arrays are checked here too (random values need each pair's place, and
                // are drawn where the pair is stored)
                for (int k = 0; !values.anyRandom() && values.checkEach() && k < total; k++) {
                    values.plasticValues(k, callSeed, calls, values.weight(k, callSeed, calls));
                }
            }
        }
        // Both blocks are fixed for the whole call, so one classification per direction decides every
        // pair; the values are checked in a first pass and drawn again when stored, so that a call
        // that fails half-way changes nothing without holding a staged copy of every connection
        // (32 bytes each: the peak of building a large network).
        int forward = checkPairs(values, pairs, preBlock, postBlock, request, false, synapse.kind(), place);
        int mirror = makeSymmetric ? checkPairs(values, pairs, postBlock, preBlock, request, true, synapse.kind(), place)
                : -1;
        spikes.reserve(forward == StagedConnections.NEURON_SPIKE ? m : 0);
        storePairs(forward, values, pairs, preBlock, postBlock, request, false, place);
        if (makeSymmetric) {
            storePairs(mirror, values, pairs, postBlock, preBlock, request, true, place);
        }
        count(makeSymmetric ? 2L * total : total);
    }

    /**
     * Makes {@code name} stand for synapse model {@code existing} (installed, or itself a copy) with
     * {@code defaults} over the existing ones: connections made under it keep the name. See
     * {@link org.syncytium.api.Simulator#copySynapseModel}.
     */
    public void copySynapseModel(String existing, String name, Map<String, ?> defaults) {
        synapseNames.copy(existing, name, defaults, this::checkSynapseDefaults);
    }

    private void beginCall() {
        callSeed = settings.rngSeed();
        callMs = settings.stepsToMsNow();
    }

    /** Which targets of {@code post} this process owns. */
    private static boolean[] localTargets(KernelNodeCollection post) {
        boolean[] local = new boolean[post.size()];
        NodeBlock block = post.block();
        for (int j = 0; j < local.length; j++) {
            local[j] = block.owns(post.from() + j);
        }
        return local;
    }

    /**
     * The kind of every connection of the call in one direction ({@code mirrored}: target to source, for
     * make_symmetric), after drawing each one's weight and delay once to check them; -1 without pairs.
     *
     * @throws IllegalConnectionException or a value's error, before anything is stored
     */
    private int checkPairs(SynapseValues values, GeneratedPairs pairs, NodeBlock sourceBlock, NodeBlock targetBlock,
            KernelConnectionRequest request, boolean mirrored, SynapseKind kind, Place place) {
        if (pairs.size() == 0) {
            return -1;
        }
        long s = request.sourceId(pairs.source(0));
        long t = request.targetId(pairs.target(0));
        int code = mirrored ? StagedConnections.classify(sourceBlock, t, targetBlock, s, kind)
                : StagedConnections.classify(sourceBlock, s, targetBlock, t, kind);
        // one model per block, so one check per receptor value; per pair for arrays and for models whose
        // receptor count is set per neuron
        boolean perNeuron = targetBlock.kind() == NodeKind.NEURON
                && ((org.syncytium.api.neuron.NeuronModel) targetBlock.model()).spikeReceptors() > 0;
        for (int k = 0; k < (values.oneReceptor() && !perNeuron ? 1 : pairs.size()); k++) {
            long target = request.targetId(pairs.target(k));
            long source = request.sourceId(pairs.source(k));
            StagedConnections.checkReceptor(code, sourceBlock, targetBlock, mirrored ? source : target,
                    values.receptor(pairs.position(k), settings.rngSeed(), calls));
        }
        if (code == StagedConnections.SAMPLING) {
            Set<Long> sampled = new HashSet<>();
            for (int k = 0; k < pairs.size(); k++) {
                long recorder = request.sourceId(pairs.source(k));
                long neuron = request.targetId(pairs.target(k));
                checkSampledOnce(sourceBlock, mirrored ? neuron : recorder, targetBlock, mirrored ? recorder : neuron,
                        sampled);
            }
        }
        if (values.plastic()) {
            checkPlastic(code, values.model(), sourceBlock, targetBlock);
        }
        checkWeightRecorded(code, values, sourceBlock, targetBlock);
        if (values.anyRandom() || (values.plastic() && values.checkEach())) { // scalars and arrays were checked when parsed
            long seed = settings.rngSeed();
            for (int k = 0; k < pairs.size(); k++) {
                place.atPair(request.sourceId(pairs.source(k)), request.targetId(pairs.target(k)));
                double w = values.weight(pairs.position(k), seed, calls);
                values.delaySteps(pairs.position(k), seed, calls);
                if (values.plastic()) {
                    values.plasticValues(pairs.position(k), seed, calls, w);
                }
            }
        }
        return code;
    }

    /** Plastic connections run from neuron to neuron: the spike history they read is a neuron's. */
    private static void checkPlastic(int code, SynapseModel synapse, NodeBlock sourceBlock, NodeBlock targetBlock) {
        if (code != StagedConnections.NEURON_SPIKE) {
            boolean fromDevice = sourceBlock.kind() == NodeKind.STIMULUS;
            throw new IllegalConnectionException(synapse.name() + " connects neurons only, not " + sourceBlock.modelName()
                    + " to " + targetBlock.modelName() + (fromDevice ? " (put a parrot_neuron after the generator, as"
                    + " NEST's examples do)" : ""));
        }
    }

    /**
     * The recorder index of the node {@code syn_spec} names as {@code weight_recorder}, which must be a
     * recorder of weights.
     */
    private void resolveWeightRecorder(SynapseValues values) {
        int index = weightRecorderIndex(values);
        if (index >= 0) {
            values.resolveWeightRecorder(index);
            weightsRecorded = true; // on every process alike: each makes the same calls
        }
    }

    /** The recorder index of the node {@code syn_spec} names as {@code weight_recorder}, or -1 if none. */
    private int weightRecorderIndex(SynapseValues values) {
        long id = values.weightRecorderId();
        if (id < 0) {
            return -1;
        }
        String owner = values.model().name();
        NodeBlock block = nodes.blockOf(id);
        if (block == null || StagedConnections.recorderKind(block) != RecordedKind.WEIGHTS) {
            throw new BadPropertyException(owner, SynapseValues.WEIGHT_RECORDER, id, "must name a recorder of"
                    + " weights; " + (block == null ? "there is no node " + id : "node " + id + " is a "
                    + block.modelName()));
        }
        return StagedConnections.targetIndex(StagedConnections.SPIKE_RECORDING, block, id);
    }

    /**
     * Checks a synapse model's defaults as a connect call with them as {@code syn_spec} would, and
     * connects nothing (NEST refuses a bad default when {@code SetDefaults} or {@code CopyModel} sets it,
     * e.g. a plastic model's {@code Wmax} of the other sign than its default weight).
     */
    public void checkSynapseDefaults(String model, Map<String, ?> defaults) {
        Map<String, Object> given = new LinkedHashMap<>(defaults);
        given.put(SynapseValues.MODEL_KEY, model);
        Map<String, ?> spec = synapseNames.withCopyDefaults(given); // a copy's defaults are checked with the new ones
        SynapseModel synapse = synapseModel(spec);
        weightRecorderIndex(SynapseValues.parse(synapse, spec, settings.resolution(), settings.delayBounds().orElse(null),
                positions.place()));
    }

    /** A weight recorder records connections between neurons, whose spikes the kernel routes one by one. */
    private static void checkWeightRecorded(int code, SynapseValues values, NodeBlock sourceBlock, NodeBlock targetBlock) {
        if (values.weightRecorder() >= 0 && code != StagedConnections.NEURON_SPIKE) {
            throw new IllegalConnectionException(values.model().name() + " with a weight_recorder records connections"
                    + " between neurons only, not " + sourceBlock.modelName() + " to " + targetBlock.modelName()
                    + (sourceBlock.kind() == NodeKind.STIMULUS ? " (put a parrot_neuron after the generator)" : ""));
        }
    }

    /**
     * A state recorder samples a node through one link (NEST: each multimeter can only be connected
     * once to a given node); a second would record every sample twice.
     *
     * @param sampled the links of this call so far ({@link RecorderLinks#sampleKey})
     */
    private void checkSampledOnce(NodeBlock recorderBlock, long recorder, NodeBlock neuronBlock, long neuron,
            Set<Long> sampled) {
        checkRecordable(recorderBlock, recorder, neuronBlock, neuron);
        int r = StagedConnections.sourceIndex(StagedConnections.SAMPLING, recorderBlock, recorder);
        int n = StagedConnections.targetIndex(StagedConnections.SAMPLING, neuronBlock, neuron);
        if (links.samples(r, n) || !sampled.add(RecorderLinks.sampleKey(r, n))) {
            throw new IllegalConnectionException("node " + recorder + " (" + recorderBlock.modelName()
                    + ") is connected to node " + neuron + " (" + neuronBlock.modelName() + ") already: a state"
                    + " recorder samples a node through one connection");
        }
    }

    private void storePairs(int code, SynapseValues values, GeneratedPairs pairs, NodeBlock sourceBlock,
            NodeBlock targetBlock, KernelConnectionRequest request, boolean mirrored, Place place) {
        long seed = settings.rngSeed();
        for (int k = 0; k < pairs.size(); k++) {
            long s = request.sourceId(pairs.source(k));
            long t = request.targetId(pairs.target(k));
            place.atPair(s, t);
            if (mirrored) {
                long swap = s;
                s = t;
                t = swap;
            }
            // the connection's number in the whole call names its values; mirrored connections get
            // the same parameters: arrays start again at element 0
            int position = pairs.position(k);
            double w = values.weight(position, seed, calls);
            int d = values.delaySteps(position, seed, calls);
            store(code, StagedConnections.sourceIndex(code, sourceBlock, s),
                    StagedConnections.targetIndex(code, targetBlock, t), t, w, d, values.receptor(position, seed, calls),
                    values, position);
        }
    }

    /**
     * Connects {@code sources[k] -> targets[k]} for every k (PyNEST's {@code Connect} with id arrays and
     * {@code one_to_one}); {@code connSpec} may hold {@code rule: "one_to_one"}, {@code make_symmetric} and
     * {@code allow_autapses}. Fast also when called once per pair: no rule lookup, no per-call scan.
     */
    public void connect(long[] sources, long[] targets, Map<String, ?> connSpec, Map<String, ?> synSpec) {
        beginCall();
        boolean makeSymmetric = false;
        boolean autapses = true;
        // the common case (no conn_spec, one call per pair) looks nothing up
        String pairwise = connSpec.isEmpty() ? ARRAYS : positionalRuleName();
        for (Map.Entry<String, ?> entry : connSpec.entrySet()) {
            switch (entry.getKey()) {
                case RULE_KEY -> {
                    String rule = text(entry.getValue(), RULE_KEY);
                    boolean positional = registry.find(ConnectionRule.class, rule)
                            .map(ConnectionRule::connectsByPosition).orElse(false);
                    if (!positional) {
                        throw new BadPropertyException("connect", RULE_KEY, rule, "must be a rule that connects by "
                                + "position" + (pairwise.equals(ARRAYS) ? "" : " (\"" + pairwise + "\")")
                                + " when connecting arrays of node ids");
                    }
                }
                case MAKE_SYMMETRIC -> makeSymmetric = flag(pairwise, MAKE_SYMMETRIC, entry.getValue());
                case ALLOW_AUTAPSES -> autapses = flag(pairwise, ALLOW_AUTAPSES, entry.getValue());
                default -> throw new UnknownNameException("parameter of " + pairwise, entry.getKey(),
                        List.of(RULE_KEY, MAKE_SYMMETRIC, ALLOW_AUTAPSES));
            }
        }
        if (sources.length != targets.length) {
            throw new BadPropertyException(connSpec.isEmpty() ? positionalRuleName() : pairwise, "sources",
                    sources.length + " ids", "must match the number of targets (" + targets.length + ")");
        }
        String named = SynapseNames.requested(synSpec);
        synSpec = synapseNames.withCopyDefaults(synSpec);
        SynapseModel synapse = synapseModel(synSpec);
        callName = synapseNames.index(named != null ? named : synapse.name());
        Place place = positions.place();
        SynapseValues values = SynapseValues.parse(synapse, synSpec, settings.resolution(),
                settings.delayBounds().orElse(null), place);
        resolveWeightRecorder(values);
        checkSymmetry(synapse, values, makeSymmetric, makeSymmetric);
        int m = 0;
        for (int k = 0; k < sources.length; k++) {
            if (autapses || sources[k] != targets[k]) {
                m++;
            }
        }
        values.checkCount(m);
        StagedConnections staged = new StagedConnections(makeSymmetric ? 2 * m : m);
        Set<Long> sampled = null;
        long seed = settings.rngSeed();
        SynapseKind kind = synapse.kind();
        for (int pass = 0; pass < (makeSymmetric ? 2 : 1); pass++) {
            int c = 0;
            for (int k = 0; k < sources.length; k++) {
                if (!autapses && sources[k] == targets[k]) {
                    continue;
                }
                long s = pass == 0 ? sources[k] : targets[k];
                long t = pass == 0 ? targets[k] : sources[k];
                place.atPair(s, t);
                double w = values.weight(c, seed, calls);
                int d = values.delaySteps(c, seed, calls);
                int r = values.receptor(c, seed, calls);
                c++;
                NodeBlock sourceBlock = nodes.requireBlock(s);
                NodeBlock targetBlock = nodes.requireBlock(t);
                staged.add(sourceBlock, s, targetBlock, t, kind, w, d, r);
                if (values.plastic()) {
                    checkPlastic(staged.codes.get(staged.size() - 1), synapse, sourceBlock, targetBlock);
                    values.plasticValues(c - 1, seed, calls, w);
                }
                checkWeightRecorded(staged.codes.get(staged.size() - 1), values, sourceBlock, targetBlock);
                if (staged.codes.get(staged.size() - 1) == StagedConnections.SAMPLING) {
                    sampled = sampled == null ? new HashSet<>() : sampled;
                    checkSampledOnce(sourceBlock, s, targetBlock, t, sampled);
                }
            }
        }
        commit(staged, staged.size(), values, m);
    }

    /** Masks and per-pair numbers are for rules that apply them (NEST's spatial connect); the message lists those installed. */
    private void requireSpatialRule(ConnectionRule rule, String key, Object value) {
        if (!rule.takesPairValues()) {
            List<String> taking = registry.installed(ConnectionRule.class).stream()
                    .filter(ConnectionRule::takesPairValues).map(ConnectionRule::name).sorted().toList();
            throw new BadPropertyException(rule.name(), key, value, "is not taken by rule " + rule.name() + ": only "
                    + "rules that apply masks and numbers per pair take it (installed: " + taking + ")");
        }
    }

    /** The call's mask, after checking that both collections have positions with as many dimensions. */
    private Mask mask(KernelNodeCollection pre, KernelNodeCollection post, Object value) {
        if (!(value instanceof Map<?, ?> spec)) {
            throw new BadPropertyException("connect", MASK, value, "must be a mask (a dictionary such as {\"circular\":"
                    + " {\"radius\": 0.5}})");
        }
        Mask mask = Mask.parse(spec);
        for (KernelNodeCollection side : List.of(pre, post)) {
            if (side.size() == 0) {
                continue;
            }
            for (long id : new long[] {side.id(0), side.id(side.size() - 1)}) {
                var layer = positions.require(id, "connect with a mask");
                if (layer.dimensions() != mask.dimensions()) {
                    throw new BadPropertyException("connect", MASK, value, "has " + mask.dimensions()
                            + " dimensions, the positions of node " + id + " " + layer.dimensions());
                }
            }
        }
        return mask;
    }

    /**
     * NEST refuses a mask wider than a periodic layer (a node would be in it more than once); every pair is
     * tested once here, so {@code allow_oversized_mask} only lifts the check.
     */
    private void checkMaskSize(Mask mask, KernelNodeCollection pre, KernelNodeCollection post) {
        for (KernelNodeCollection side : List.of(pre, post)) {
            var layer = side.size() == 0 ? null : positions.layerOf(side.id(0));
            if (layer == null || !layer.edgeWrap()) {
                continue;
            }
            for (int axis = 0; axis < layer.dimensions(); axis++) {
                if (mask.width(axis) > layer.extent(axis)) {
                    throw new BadPropertyException("connect", MASK, mask.width(axis) + " wide along axis " + axis,
                            "Mask size must not exceed layer size (extent " + layer.extent(axis) + " with edge_wrap);"
                            + " set allow_oversized_mask to override");
                }
            }
        }
    }

    /**
     * A state recorder must name only what the sampled neuron records (NEST refuses it at Connect); a
     * later change of {@code record_from} is checked again when the run starts.
     */
    private static void checkRecordable(NodeBlock recorderBlock, long recorder, NodeBlock neuronBlock, long neuron) {
        boolean device = neuronBlock.kind() == NodeKind.STIMULUS;
        if (neuronBlock.kind() != NodeKind.NEURON && !device) {
            return;
        }
        org.syncytium.api.record.Recording recording =
                recorderBlock.recordings().get((int) (recorder - recorderBlock.firstId()));
        List<String> recordables = device ? StagedConnections.recordables(neuronBlock)
                : ((org.syncytium.api.neuron.NeuronModel) neuronBlock.model()).recordables();
        for (String name : recording.recordFrom()) {
            if (device ? !recordables.contains(name) : neuronBlock.population().recordableIndex(name) < 0) {
                throw new IllegalConnectionException("node " + recorder + " (" + recorderBlock.modelName()
                        + ") cannot sample node " + neuron + " (" + neuronBlock.modelName() + "): record_from names \""
                        + name + "\", which it does not record; recordables: " + recordables);
            }
        }
    }

    private void checkSymmetry(SynapseModel synapse, SynapseValues values, boolean makeSymmetric,
            boolean symmetric) {
        if (makeSymmetric && values.anyRandom()) {
            throw new KernelException("Symmetric connections require parameters that can be reset. (a random "
                    + "weight, delay or receptor type cannot be mirrored)");
        }
        if (synapse.requiresSymmetric() && !symmetric) {
            throw new BadPropertyException(synapse.name(), MAKE_SYMMETRIC, false,
                    "is not allowed here (this synapse model needs symmetric connections): " + SYMMETRY_RULE);
        }
    }

    private SynapseModel synapseModel(Map<String, ?> synSpec) {
        Object name = synSpec.get(SynapseValues.MODEL_KEY);
        if (name == null) {
            return registry.findDeclaring(SynapseModel.class, SynapseModel::isDefault).orElseThrow(() ->
                    new KernelException("syn_spec names no synapse_model and no installed synapse model is the "
                            + "default (installed: " + registry.names(SynapseModel.class) + "); name one with "
                            + SynapseValues.MODEL_KEY));
        }
        return registry.require(SynapseModel.class, text(name, SynapseValues.MODEL_KEY), "synapse model");
    }

    /** True if {@code name} is an installed synapse model or a copy of one. */
    public boolean isSynapseModel(String name) {
        return synapseNames.isCopy(name) || registry.isInstalled(SynapseModel.class, name);
    }

    /** The rule a connect call without {@code rule} uses, as its bundle declares (NEST: all_to_all). */
    private ConnectionRule defaultRule() {
        return registry.findDeclaring(ConnectionRule.class, ConnectionRule::isDefault).orElseThrow(() ->
                new KernelException("conn_spec names no rule and no installed connection rule is the default "
                        + "(installed: " + registry.names(ConnectionRule.class) + "); name one with " + RULE_KEY));
    }

    /** Name of the rule that connects by position (NEST: one_to_one), for messages; "connect" if none is installed. */
    private String positionalRuleName() {
        return registry.findDeclaring(ConnectionRule.class, ConnectionRule::connectsByPosition)
                .map(ConnectionRule::name).orElse(ARRAYS);
    }

    private static String text(Object value, String key) {
        if (!(value instanceof String s)) {
            throw new BadPropertyException("connect", key, value, "must be a name (string)");
        }
        return s;
    }

    private static boolean flag(String owner, String key, Object value) {
        return (Boolean) ParameterSchema.convert(owner, ParameterSpec.bool(key, false, ""), value);
    }

    /** Stores staged connections; cannot fail, so a connect call is all or nothing. */
    private void commit(StagedConnections staged, long made, SynapseValues values, int perPass) {
        int n = staged.size();
        for (int k = 0; k < n; k++) {
            // mirrored connections (make_symmetric) take the values of their pass's position again
            store(staged.codes.get(k), staged.sources.get(k), staged.targets.get(k), staged.targetIds.get(k),
                    staged.weights.get(k), staged.delays.get(k), staged.receptors.get(k), values,
                    perPass == 0 ? k : k % perPass);
        }
        count(made);
    }

    /**
     * Stores one checked connection in the table its kind {@code code} belongs to; a plastic model's
     * connection also its values (those of connection {@code position} of the call).
     */
    private void store(int code, int a, int b, long targetId, double w, int d, int receptor, SynapseValues values,
            int position) {
        if (code != StagedConnections.GAP) {
            minDelaySteps = Math.min(minDelaySteps, d);
            maxDelaySteps = Math.max(maxDelaySteps, d);
        }
        boolean toNeuron = code == StagedConnections.NEURON_SPIKE || code == StagedConnections.DEVICE
                || code == StagedConnections.GAP;
        if (toNeuron && !owns(b)) {
            return; // another process owns the target
        }
        if (receptor > 0 && (code == StagedConnections.NEURON_SPIKE || code == StagedConnections.DEVICE)) {
            NodeBlock target = nodes.blockOf(targetId); // NEST's has_connections, for per-neuron receptor counts
            target.population().receptorConnected(target.local(targetId) - target.ownedFrom(), receptor);
        }
        switch (code) {
            case StagedConnections.NEURON_SPIKE -> {
                if (values.plastic()) {
                    PlasticSynapse model = (PlasticSynapse) values.model();
                    int p = plastic.add(model, values.plasticValues(position, callSeed, calls, w));
                    // NEST's connections start with their last presynaptic spike at 0 ms
                    double delay = callMs.applyAsDouble(d);
                    archive.register(b, -delay, delay);
                    spikes.add(a, b, w, d, receptor, p, values.weightRecorder(), callName);
                } else {
                    spikes.add(a, b, w, d, receptor, -1, values.weightRecorder(), callName);
                }
            }
            case StagedConnections.DEVICE -> devices.add(a, b, targetId, w, d, receptor, callName);
            case StagedConnections.SPIKE_RECORDING -> links.addSpikeLink(a, b, w, d, callName);
            case StagedConnections.SAMPLING -> links.addSampleLink(a, b, w, d, callName);
            case StagedConnections.DEVICE_RECORDING -> {
                if (rank == 0) { // only rank 0 records, as for neuron spikes
                    devices.addRecording(a, b, targetId, w, d, callName);
                }
            }
            default -> gaps.add(b, a, w, callName);
        }
    }

    /** Counts a finished call: {@code made} connections over every process, under the call's synapse model name. */
    private void count(long made) {
        synapseUse.merge(synapseNames.name(callName), made, Long::sum);
        globalCount += made;
        calls++;
    }

    /**
     * Throws if a synapse model existing connections need has been uninstalled.
     *
     * @throws KernelException e.g. {@code synapse model "gap_junction" is no longer installed; 30000 connections need it}
     */
    public void checkInstalled() {
        Map<String, Long> need = new LinkedHashMap<>();
        for (Map.Entry<String, Long> use : synapseUse.entrySet()) {
            need.merge(synapseNames.base(use.getKey()), use.getValue(), Long::sum);
        }
        for (Map.Entry<String, Long> use : need.entrySet()) {
            if (use.getValue() > 0 && !registry.isInstalled(SynapseModel.class, use.getKey())) {
                throw new KernelException("synapse model \"" + use.getKey() + "\" is no longer installed; "
                        + use.getValue() + " connection" + (use.getValue() == 1 ? "" : "s") + " need it");
            }
        }
    }

    /** The connections {@code getConnections} lists (null filters select all); see {@link ConnectionListing}. */
    public org.syncytium.api.Connections list(long[] sources, long[] targets, String synapseModel) {
        return ConnectionListing.list(nodes, synapseNames.used(), synapseNames.copyNames(), spikes, plastic, plasticModels(), devices, gaps,
                links, sources, targets, synapseModel, settings::stepsToMs, communicator);
    }

    /**
     * True once a connect call named a weight recorder, on every process (even one that stores none of
     * its connections): routing then hands weight events over collectively after each pass.
     */
    public boolean weightsRecorded() {
        return weightsRecorded;
    }

    /** The installed plastic models that made connections (under their names or copies'), in the order of first use. */
    private List<PlasticSynapse> plasticModels() {
        List<PlasticSynapse> used = new ArrayList<>();
        for (String name : synapseUse.keySet()) {
            registry.find(SynapseModel.class, synapseNames.base(name)).filter(PlasticSynapse.class::isInstance)
                    .filter(model -> !used.contains(model)).ifPresent(model -> used.add((PlasticSynapse) model));
        }
        return used;
    }

    /**
     * All connections over every process ({@code num_connections}), recorder and device
     * connections included; known without communicating, since every process runs every connect
     * call and counts what the whole call makes.
     */
    public long globalCount() {
        return globalCount;
    }

    /** Connections over every process made under synapse model name {@code name} (a copy's own), less those removed. */
    public long count(String name) {
        return synapseUse.getOrDefault(name, 0L);
    }

    /** The connections this process holds, recorder and device connections included. */
    public long count() {
        return spikes.size() + devices.size() + gaps.size() + links.size();
    }

    /** Smallest delay in steps over all delayed connections, or -1 if there are none. */
    public int minDelaySteps() {
        return minDelaySteps == Integer.MAX_VALUE ? -1 : minDelaySteps;
    }

    /** Largest delay in steps over all delayed connections, or -1 if there are none. */
    public int maxDelaySteps() {
        return minDelaySteps == Integer.MAX_VALUE ? -1 : maxDelaySteps;
    }

    public SpikeTable spikes() {
        return spikes;
    }

    /** The spike histories plastic connections read (NEST's archiving nodes), by neuron index. */
    public SpikeArchive archive() {
        return archive;
    }

    /** What spike routing does for plastic connections (one for the kernel's life: it holds spikes between runs). */
    public PlasticDelivery plasticDelivery() {
        return plasticDelivery;
    }

    /** The plastic connections' values, by the index the spike table keeps. */
    public PlasticStore plastic() {
        return plastic;
    }

    public DeviceTable devices() {
        return devices;
    }

    public GapTable gaps() {
        return gaps;
    }

    public RecorderLinks links() {
        return links;
    }

    /**
     * Sets {@code weight} or {@code delay} of existing connections (see {@link org.syncytium.api.Simulator#setConnections});
     * all are checked before any changes.
     */
    public void set(long[] sources, long[] targets, int[] occurrences, boolean[] gap, String key, double[] values) {
        int[] extrema = new ConnectionEdits(nodes, spikes, plastic, gaps, devices, links).set(sources, targets, occurrences, gap, key,
                values, settings.resolution(), settings.delayBounds().orElse(null), ranks > 1);
        if (extrema != null) {
            maxDelaySteps = Math.max(maxDelaySteps, extrema[0]);
            minDelaySteps = Math.min(minDelaySteps, extrema[1]);
        }
        edits++;
    }

    /**
     * Removes the named connections (PyNEST's {@code Disconnect}; see {@link ConnectionEdits#remove}),
     * all or none. The delay extrema stay as they were, as in NEST.
     */
    public void disconnect(long[] sources, long[] targets, int[] occurrences, boolean[] gap) {
        if (ranks > 1) {
            // each process holds its own targets' connections and every process the recorder links:
            // counting what went where needs more than this single-process bookkeeping
            throw new NotImplementedException("Disconnect over several processes is not supported; disconnect in a"
                    + " single process or build the network without the connections");
        }
        ConnectionEdits edit = new ConnectionEdits(nodes, spikes, plastic, gaps, devices, links);
        edit.remove(sources, targets, occurrences, gap, false);
        for (Map.Entry<Integer, Long> taken : edit.removedByName().entrySet()) {
            synapseUse.merge(synapseNames.name(taken.getKey()), -taken.getValue(), Long::sum);
            globalCount -= taken.getValue();
        }
        edits++;
    }

    /** How many times connections were changed after they were made (part of what a run plan depends on). */
    public long edits() {
        return edits;
    }

    /** Number of successful connect calls; names the random streams of the next call. */
    public long calls() {
        return calls;
    }
}
