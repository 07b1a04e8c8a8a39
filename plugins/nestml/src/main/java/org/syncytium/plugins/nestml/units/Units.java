package org.syncytium.plugins.nestml.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unit names NESTML accepts: SI base and derived units with SI prefixes (mV, ms, pA, nS, pF, GOhm,
 * uS, ...), plus a few common non-prefixed ones. A name is looked up whole first, then as prefix +
 * unit, so that {@code ms} is milli-second, {@code Pa} pascal and {@code cd} candela; then among
 * astropy's long names, which NESTML also accepts ({@code Volt}, {@code millivolt}, {@code microFarad}).
 */
public final class Units {

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
    private static final Map<String, Integer> PREFIXES = new LinkedHashMap<>();
    /** Long names (Volt, millivolt, microFarad): a long prefix goes with a long name only. */
    private static final Map<String, Unit> LONG_UNITS = new LinkedHashMap<>();
    private static final Map<String, Integer> LONG_PREFIXES = new LinkedHashMap<>();

    static {
        Unit s = Unit.base(0);
        Unit m = Unit.base(1);
        Unit kg = Unit.base(2);
        Unit a = Unit.base(3);
        Unit k = Unit.base(4);
        Unit mol = Unit.base(5);
        Unit cd = Unit.base(6);
        UNITS.put("s", s);
        UNITS.put("m", m);
        UNITS.put("g", kg.scaled(-3, 1.0));
        UNITS.put("A", a);
        UNITS.put("K", k);
        UNITS.put("mol", mol);
        UNITS.put("cd", cd);
        Unit hz = Unit.ONE.divide(s);
        Unit n = kg.times(m).divide(s.pow(2));
        Unit j = n.times(m);
        Unit w = j.divide(s);
        Unit c = a.times(s);
        Unit v = w.divide(a);
        UNITS.put("Hz", hz);
        UNITS.put("N", n);
        UNITS.put("Pa", n.divide(m.pow(2)));
        UNITS.put("J", j);
        UNITS.put("W", w);
        UNITS.put("C", c);
        UNITS.put("V", v);
        UNITS.put("F", c.divide(v));
        UNITS.put("Ohm", v.divide(a));
        UNITS.put("S", a.divide(v));
        UNITS.put("Wb", v.times(s));
        UNITS.put("T", v.times(s).divide(m.pow(2)));
        UNITS.put("H", v.times(s).divide(a));
        UNITS.put("L", m.pow(3).scaled(-3, 1.0));
        UNITS.put("l", m.pow(3).scaled(-3, 1.0));
        UNITS.put("M", mol.divide(m.pow(3).scaled(-3, 1.0)));
        UNITS.put("Bq", hz);
        UNITS.put("kat", mol.divide(s));
        UNITS.put("min", s.scaled(0, 60.0));
        UNITS.put("h", s.scaled(0, 3600.0));
        // astropy's long names, which NESTML accepts too (lhs V = 1 mA * 1 Ohm / Volt)
        String[][] longNames = {
            {"second", "s"}, {"meter", "m"}, {"gram", "g"}, {"amp", "A"}, {"ampere", "A"}, {"Kelvin", "K"},
            {"kelvin", "K"}, {"mole", "mol"}, {"candela", "cd"}, {"Hertz", "Hz"}, {"hertz", "Hz"},
            {"Newton", "N"}, {"newton", "N"}, {"Pascal", "Pa"}, {"pascal", "Pa"}, {"Joule", "J"},
            {"joule", "J"}, {"Watt", "W"}, {"watt", "W"}, {"coulomb", "C"}, {"Volt", "V"}, {"volt", "V"},
            {"Farad", "F"}, {"farad", "F"}, {"ohm", "Ohm"}, {"Siemens", "S"}, {"siemens", "S"},
            {"Weber", "Wb"}, {"weber", "Wb"}, {"Tesla", "T"}, {"tesla", "T"}, {"Henry", "H"},
            {"henry", "H"}, {"liter", "L"}, {"becquerel", "Bq"}, {"minute", "min"}, {"hour", "h"}};
        for (String[] name : longNames) {
            LONG_UNITS.put(name[0], UNITS.get(name[1]));
        }
        String[][] longPrefixes = {
            {"yotta", "24"}, {"zetta", "21"}, {"exa", "18"}, {"peta", "15"}, {"tera", "12"}, {"giga", "9"},
            {"mega", "6"}, {"kilo", "3"}, {"hecto", "2"}, {"deca", "1"}, {"deka", "1"}, {"deci", "-1"},
            {"centi", "-2"}, {"milli", "-3"}, {"micro", "-6"}, {"nano", "-9"}, {"pico", "-12"},
            {"femto", "-15"}, {"atto", "-18"}, {"zepto", "-21"}, {"yocto", "-24"}};
        for (String[] prefix : longPrefixes) {
            LONG_PREFIXES.put(prefix[0], Integer.valueOf(prefix[1]));
        }
        PREFIXES.put("Y", 24);
        PREFIXES.put("Z", 21);
        PREFIXES.put("E", 18);
        PREFIXES.put("P", 15);
        PREFIXES.put("T", 12);
        PREFIXES.put("G", 9);
        PREFIXES.put("M", 6);
        PREFIXES.put("k", 3);
        PREFIXES.put("h", 2);
        PREFIXES.put("da", 1);
        PREFIXES.put("d", -1);
        PREFIXES.put("c", -2);
        PREFIXES.put("m", -3);
        PREFIXES.put("u", -6);
        PREFIXES.put("µ", -6);
        PREFIXES.put("μ", -6);
        PREFIXES.put("n", -9);
        PREFIXES.put("p", -12);
        PREFIXES.put("f", -15);
        PREFIXES.put("a", -18);
        PREFIXES.put("z", -21);
        PREFIXES.put("y", -24);
    }

    private Units() {
    }

    /** The unit called {@code name} ({@code mV}, {@code GOhm}, ...), if it is one. */
    public static Optional<Unit> lookup(String name) {
        Unit whole = UNITS.get(name);
        if (whole != null) {
            return Optional.of(whole);
        }
        for (Map.Entry<String, Integer> prefix : PREFIXES.entrySet()) {
            if (name.length() > prefix.getKey().length() && name.startsWith(prefix.getKey())) {
                Unit base = UNITS.get(name.substring(prefix.getKey().length()));
                if (base != null && !name.substring(prefix.getKey().length()).equals("min")
                        && !name.substring(prefix.getKey().length()).equals("h")) {
                    return Optional.of(base.scaled(prefix.getValue(), 1.0));
                }
            }
        }
        Unit longName = LONG_UNITS.get(name);
        if (longName != null) {
            return Optional.of(longName);
        }
        for (Map.Entry<String, Integer> prefix : LONG_PREFIXES.entrySet()) {
            if (name.startsWith(prefix.getKey())) {
                String rest = name.substring(prefix.getKey().length());
                Unit base = LONG_UNITS.get(rest);
                if (base != null && !rest.equals("minute") && !rest.equals("hour")) {
                    return Optional.of(base.scaled(prefix.getValue(), 1.0));
                }
            }
        }
        return Optional.empty();
    }

    private static final String[][] NAMED = {
        {"mV", "ms", "pA", "nS", "pF", "nA", "uS", "Hz", "mS", "uF", "GOhm", "MOhm", "V", "s", "A", "S", "F", "Ohm", "pA/ms", "mV/ms", "nS/ms", "1/ms", "1/s"},
    };

    /** A readable name: a common unit's symbol where one matches exactly, else SI dimensions with the scale. */
    static String describe(Unit unit) {
        if (unit.isDimensionless() && unit.exponent() == 0 && unit.factor() == 1.0) {
            return "1 (dimensionless)";
        }
        for (String name : NAMED[0]) {
            Unit candidate = parseSimple(name);
            if (candidate != null && candidate.equals(unit)) {
                return name;
            }
        }
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        double[] d = unit.dims();
        for (int k = 0; k < d.length; k++) {
            if (d[k] == 0) {
                continue;
            }
            StringBuilder target = d[k] > 0 ? num : den;
            if (target.length() > 0) {
                target.append('*');
            }
            target.append(Unit.BASES[k]);
            double e = Math.abs(d[k]);
            if (e != 1) {
                target.append("**").append(e == Math.rint(e) ? String.valueOf((long) e) : String.valueOf(e));
            }
        }
        String dims = (num.length() == 0 ? "1" : num.toString()) + (den.length() == 0 ? "" : "/" + (den.indexOf("*") >= 0 ? "(" + den + ")" : den));
        String scale = "";
        if (unit.exponent() != 0 || unit.factor() != 1.0) {
            scale = (unit.factor() != 1.0 ? String.format(Locale.ROOT, "%g*", unit.factor()) : "") + "1e" + unit.exponent() + " ";
        }
        return scale + dims;
    }

    private static Unit parseSimple(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return lookup(name).orElse(null);
        }
        String left = name.substring(0, slash);
        Unit l = left.equals("1") ? Unit.ONE : lookup(left).orElse(null);
        Unit r = lookup(name.substring(slash + 1)).orElse(null);
        return l == null || r == null ? null : l.divide(r);
    }
}
