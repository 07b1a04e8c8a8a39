package org.syncytium.core.spatial;

/** Two masks combined: {@code union}, {@code intersection} or {@code minus} (the first without the second). */
final class CombinedMask extends Mask {
    private final String how;
    private final Mask first;
    private final Mask second;

    CombinedMask(String how, Mask first, Mask second) {
        this.how = how;
        this.first = first;
        this.second = second;
    }

    @Override
    public int dimensions() {
        return first.dimensions();
    }

    @Override
    public boolean contains(double[] p) {
        return switch (how) {
            case "union" -> first.contains(p) || second.contains(p);
            case "intersection" -> first.contains(p) && second.contains(p);
            default -> first.contains(p) && !second.contains(p);
        };
    }

    @Override
    public double lower(int axis) {
        return switch (how) {
            case "union" -> Math.min(first.lower(axis), second.lower(axis));
            case "intersection" -> Math.max(first.lower(axis), second.lower(axis));
            default -> first.lower(axis);
        };
    }

    @Override
    public double upper(int axis) {
        return switch (how) {
            case "union" -> Math.max(first.upper(axis), second.upper(axis));
            case "intersection" -> Math.min(first.upper(axis), second.upper(axis));
            default -> first.upper(axis);
        };
    }
}
