package org.syncytium.core.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders a time in ms for messages without floating-point noise: {@code 10.0}, {@code 10.05}. */
final class TimeText {
    private TimeText() {
    }

    static String ms(double ms) {
        BigDecimal value = BigDecimal.valueOf(ms).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return value.scale() <= 0 ? value.setScale(1).toPlainString() : value.toPlainString();
    }
}
