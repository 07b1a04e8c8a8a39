package org.syncytium.plugins.nestml.codegen;

import org.syncytium.plugins.nestml.units.Unit;

/**
 * A checked expression: its Java code, the unit its numeric value is in, and its kind.
 *
 * @param code        Java source of the value
 * @param unit        unit of the numeric value (dimensionless for booleans and strings)
 * @param kind        value kind
 * @param plain       true for a unit-free literal expression, which NESTML lets take the other operand's unit
 * @param unitLiteral true for a bare unit name such as {@code mV} (numeric value 1, folded away in products)
 */
record Typed(String code, Unit unit, Kind kind, boolean plain, boolean unitLiteral) {

    enum Kind { REAL, INTEGER, BOOLEAN, STRING }

    static Typed real(String code, Unit unit) {
        return new Typed(code, unit, Kind.REAL, false, false);
    }

    boolean numeric() {
        return kind == Kind.REAL || kind == Kind.INTEGER;
    }
}
