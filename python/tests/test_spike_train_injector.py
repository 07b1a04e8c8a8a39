"""spike_train_injector as NEST 3.10's: a node whose spikes at given times are its own (recorded as its
own, repeated by a parrot, able to drive a plastic synapse), its times placed on the grid when set."""

import pytest

import syncytium as nest


def test_times_are_placed_when_set_and_sent_as_the_nodes_own():
    nest.ResetKernel()
    nest.set(resolution=0.1, tics_per_ms=1000)
    inj = nest.Create("spike_train_injector", params={"spike_times": [1.05, 3.0001], "allow_offgrid_times": True})
    assert list(inj.spike_times) == pytest.approx([1.1, 3.0])  # as NEST's test_set_spike_times (tics, then the grid)
    with pytest.raises(nest.NESTError, match="grid"):
        nest.Create("spike_train_injector", params={"spike_times": [1.23456]})
    parrot = nest.Create("parrot_neuron")
    rec_inj, rec_parrot = nest.Create("spike_recorder", 2)
    nest.Connect(inj, parrot, syn_spec={"delay": 0.5})
    nest.Connect(inj, rec_inj)
    nest.Connect(parrot, rec_parrot)
    nest.Simulate(10.0)
    assert list(rec_inj.events["times"]) == pytest.approx([1.1, 3.0])
    assert list(rec_inj.events["senders"]) == [inj.global_id] * 2
    assert list(rec_parrot.events["times"]) == pytest.approx([1.6, 3.5])


def test_it_drives_a_plastic_synapse_as_a_neuron_does():
    nest.ResetKernel()
    pre = nest.Create("spike_train_injector", params={"spike_times": [10.0, 30.0, 50.0]})
    post = nest.Create("spike_train_injector", params={"spike_times": [12.0, 32.0, 52.0]})
    target = nest.Create("parrot_neuron")
    nest.Connect(post, target)
    nest.Connect(pre, target, syn_spec={"synapse_model": "stdp_synapse", "weight": 1.0, "receptor_type": 1})
    nest.Simulate(60.0)
    w = nest.GetConnections(source=pre, synapse_model="stdp_synapse").get("weight")
    assert w > 1.0  # pre before post: potentiated
