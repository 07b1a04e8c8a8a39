package org.syncytium.support.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.BadPropertyException;
import org.syncytium.api.error.UnknownNameException;
import org.syncytium.api.param.ParameterSchema;
import org.syncytium.api.param.ParameterSpec;

class ParameterColumnsTest {

    private static final ParameterSchema SCHEMA = ParameterSchema.of(ParameterSpec.real("C_m", 250.0, "pF", ""),
            ParameterSpec.real("V_m", -70.0, "mV", ""));

    @Test
    void columnsStartAtTheDefaultsAndAProposedRowChangesNothing() {
        ParameterColumns table = new ParameterColumns("m", SCHEMA, 3);
        assertArrayEquals(new double[] {-70.0, -70.0, -70.0}, table.column(table.index("V_m")), 0.0);
        double[] row = table.proposedRow(1, new String[] {"V_m"}, new double[] {-50.0});
        assertArrayEquals(new double[] {250.0, -50.0}, row, 0.0);
        assertEquals(-70.0, table.get("V_m", 1));
        table.set(1, new String[] {"V_m"}, new double[] {-50.0});
        assertEquals(-50.0, table.get("V_m", 1));
        assertEquals(-70.0, table.get("V_m", 0));
    }

    @Test
    void badValuesAndNamesAreRefusedWithTheirNames() {
        ParameterColumns table = new ParameterColumns("m", SCHEMA, 1);
        BadPropertyException e = assertThrows(BadPropertyException.class,
                () -> table.proposedRow(0, new String[] {"C_m"}, new double[] {Double.NaN}));
        assertTrue(e.getMessage().contains("C_m"), e.getMessage());
        assertThrows(UnknownNameException.class, () -> table.index("V_mm"));
        double[] row = table.proposedRow(0, new String[] {"C_m"}, new double[] {-1.0});
        assertThrows(BadPropertyException.class, () -> table.require(row, 0, row[0] > 0, "must be > 0"));
    }
}
