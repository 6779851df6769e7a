package org.sportello.reporting.research.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DataDictionaryCsvTest {

    private static final DataDictionary INDICATORS = new DataDictionary("indicators", "/api/research/indicators",
            "One row per month and unit", List.of(
                    new DataDictionary.Column("month", "month", "The month, YYYY-MM"),
                    new DataDictionary.Column("unitName", "string", "Its name, as \"Monza\"")));

    @Test
    void oneLinePerTableAndColumnWithTextQuotedWhenItMustBe() {
        String csv = new DataDictionaryCsv().text(new DataDictionaries(List.of(INDICATORS)));

        assertThat(csv).isEqualTo("table,path,column,type,description\r\n"
                + "indicators,/api/research/indicators,month,month,\"The month, YYYY-MM\"\r\n"
                + "indicators,/api/research/indicators,unitName,string,\"Its name, as \"\"Monza\"\"\"\r\n");
    }

    @Test
    void oneTableAsItsOwnLines() {
        assertThat(new DataDictionaryCsv.One().text(INDICATORS)).startsWith("table,path,column,type,description\r\n"
                + "indicators,/api/research/indicators,month,");
    }
}
