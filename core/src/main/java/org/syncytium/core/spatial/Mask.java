package org.syncytium.core.spatial;

import java.lang.reflect.Array;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.NotImplementedException;
import org.syncytium.api.error.UnknownNameException;

/**
 * A region around an anchor point (NEST's masks): a displacement from the anchor node is inside or
 * not. The shapes and their checks follow NEST's: boundaries belong to the mask, rotated boxes
 * get 1e-12 of slack for rounding.
 */
public abstract class Mask {
    private static final List<String> SHAPES = List.of("circular", "rectangular", "elliptical", "doughnut",
            "spherical", "box", "ellipsoidal");
    private static final List<String> COMBINATIONS = List.of("union", "intersection", "minus");
    private static final String ANCHOR = "anchor";

    /** 2 or 3. */
    public abstract int dimensions();

    /** True if displacement {@code p} (from the anchor node) lies in the mask. */
    public abstract boolean contains(double[] p);

    /** The lower end of the mask's bounding box along {@code axis}. */
    public abstract double lower(int axis);

    /** The upper end of the mask's bounding box along {@code axis}. */
    public abstract double upper(int axis);

    /** The width of the bounding box (NEST compares it with a periodic layer's extent). */
    public double width(int axis) {
        return upper(axis) - lower(axis);
    }

    /**
     * Reads a mask as {@code conn_spec}'s {@code mask} holds it: {@code {shape: {parameters}}} with an
     * optional {@code anchor} beside the shape, or {@code {"union" | "intersection" | "minus": [a, b]}}.
     *
     * @throws BadPropertyException naming the shape, the parameter and what is wrong
     */
    public static Mask parse(Map<?, ?> spec) {
        Object anchorValue = null;
        Mask mask = null;
        for (Map.Entry<?, ?> entry : spec.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals(ANCHOR)) {
                anchorValue = entry.getValue();
            } else if (mask != null) {
                throw new BadPropertyException("mask", key, entry.getValue(), "is a second shape: a mask has one (combine"
                        + " masks with |, & and -)");
            } else if (COMBINATIONS.contains(key)) {
                mask = combination(key, entry.getValue());
            } else if (key.equals("grid")) {
                throw new NotImplementedException("grid masks are not supported; use a rectangular mask");
            } else if (SHAPES.contains(key)) {
                if (!(entry.getValue() instanceof Map<?, ?> parameters)) {
                    throw new BadPropertyException("mask", key, entry.getValue(), "must be a dictionary of the shape's"
                            + " parameters");
                }
                mask = shape(key, new Reader(key, parameters));
            } else {
                throw new UnknownNameException("mask type", key, concat(SHAPES, COMBINATIONS));
            }
        }
        if (mask == null) {
            throw new BadPropertyException("mask", "type", spec, "names no shape (one of " + SHAPES + ")");
        }
        if (anchorValue != null) {
            double[] anchor = numbers("mask", ANCHOR, anchorValue);
            if (anchor.length != mask.dimensions()) {
                throw new BadPropertyException("mask", ANCHOR, anchorValue, "must have " + mask.dimensions()
                        + " coordinates, as the mask");
            }
            mask = new ShiftedMask(mask, anchor);
        }
        return mask;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Mask combination(String how, Object value) {
        int n = value instanceof List<?> list ? list.size() : value != null && value.getClass().isArray()
                ? Array.getLength(value) : -1;
        if (n != 2) {
            throw new BadPropertyException("mask", how, value, "must hold two masks");
        }
        Mask[] parts = new Mask[2];
        for (int k = 0; k < 2; k++) {
            Object part = value instanceof List<?> list ? list.get(k) : Array.get(value, k);
            if (!(part instanceof Map<?, ?> map)) {
                throw new BadPropertyException("mask", how, part, "must hold masks (dictionaries)");
            }
            parts[k] = parse(map);
        }
        if (parts[0].dimensions() != parts[1].dimensions()) {
            throw new BadPropertyException("mask", how, value, "combines masks of " + parts[0].dimensions() + " and "
                    + parts[1].dimensions() + " dimensions");
        }
        return new CombinedMask(how, parts[0], parts[1]);
    }

    private static Mask shape(String name, Reader in) {
        boolean three = name.equals("spherical") || name.equals("box") || name.equals("ellipsoidal");
        int d = three ? 3 : 2;
        Mask mask = switch (name) {
            case "circular", "spherical" -> {
                double radius = in.number("radius");
                if (!(radius > 0)) {
                    throw new BadPropertyException(name + " mask", "radius", radius, "must be > 0");
                }
                yield new BallMask(in.center(d), radius);
            }
            case "doughnut" -> {
                double inner = in.number("inner_radius");
                double outer = in.number("outer_radius");
                if (!(inner >= 0) || !(outer > inner)) {
                    throw new BadPropertyException("doughnut mask", "outer_radius", outer, "must exceed inner_radius ("
                            + inner + "), which must be >= 0");
                }
                double[] center = in.center(d);
                yield new CombinedMask("minus", new BallMask(center, outer), new BallMask(center, inner));
            }
            case "rectangular", "box" -> {
                double[] lowerLeft = in.vector("lower_left", d);
                double[] upperRight = in.vector("upper_right", d);
                for (int i = 0; i < d; i++) {
                    if (!(lowerLeft[i] < upperRight[i])) {
                        throw new BadPropertyException(name + " mask", "upper_right", in.raw("upper_right"),
                                "must be strictly above lower_left in every dimension (dimension " + i + ")");
                    }
                }
                yield new BoxMask(lowerLeft, upperRight, in.optional("azimuth_angle", 0), three ? in.optional("polar_angle", 0) : 0);
            }
            default -> { // elliptical, ellipsoidal
                double major = in.number("major_axis");
                double minor = in.number("minor_axis");
                double polar = three ? in.number("polar_axis") : 1;
                if (!(major > 0 && minor > 0 && polar > 0)) {
                    throw new BadPropertyException(name + " mask", "major_axis", major, "all axes must be > 0");
                }
                if (major < minor) {
                    throw new BadPropertyException(name + " mask", "minor_axis", minor, "must not exceed major_axis ("
                            + major + ")");
                }
                yield new EllipseMask(in.center(d), major, minor, three ? polar : 0, in.optional("azimuth_angle", 0),
                        three ? in.optional("polar_angle", 0) : 0);
            }
        };
        in.checkAllRead();
        return mask;
    }

    static double[] numbers(String owner, String key, Object value) {
        if (value instanceof double[] doubles) {
            return doubles.clone();
        }
        int n = value instanceof List<?> list ? list.size() : value != null && value.getClass().isArray()
                ? Array.getLength(value) : -1;
        if (n < 0) {
            throw new BadPropertyException(owner, key, value, "must be a list of numbers");
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            Object element = value instanceof List<?> list ? list.get(k) : Array.get(value, k);
            if (!(element instanceof Number number)) {
                throw new BadPropertyException(owner, key, value, "must be a list of numbers");
            }
            out[k] = number.doubleValue();
        }
        return out;
    }

    /** Reads a shape's parameters and remembers which were read, so that a misspelt one is an error. */
    private static final class Reader {
        private final String shape;
        private final Map<?, ?> parameters;
        private final Set<String> read = new LinkedHashSet<>();

        Reader(String shape, Map<?, ?> parameters) {
            this.shape = shape;
            this.parameters = parameters;
        }

        Object raw(String key) {
            read.add(key);
            return parameters.get(key);
        }

        double number(String key) {
            Object value = raw(key);
            if (value == null) {
                throw new BadPropertyException(shape + " mask", key, null, "is required");
            }
            if (!(value instanceof Number number)) {
                throw new BadPropertyException(shape + " mask", key, value, "must be a number");
            }
            return number.doubleValue();
        }

        double optional(String key, double fallback) {
            return parameters.containsKey(key) ? number(key) : fallback;
        }

        double[] vector(String key, int d) {
            Object value = raw(key);
            if (value == null) {
                throw new BadPropertyException(shape + " mask", key, null, "is required");
            }
            double[] v = numbers(shape + " mask", key, value);
            if (v.length != d) {
                throw new BadPropertyException(shape + " mask", key, value, "must have " + d + " coordinates");
            }
            return v;
        }

        /** The shape's center: its {@code anchor} entry if given (NEST's name for it), else the origin. */
        double[] center(int d) {
            return parameters.containsKey(ANCHOR) ? vector(ANCHOR, d) : new double[d];
        }

        void checkAllRead() {
            for (Object key : parameters.keySet()) {
                if (!read.contains(String.valueOf(key))) {
                    throw new UnknownNameException(shape + " mask parameter", String.valueOf(key), List.copyOf(read));
                }
            }
        }
    }





}
