package org.examcommit.contract;

import java.util.Set;

/** applications.province_code (DATA-CONTRACT §1): the 2-digit GB/T 2260 province codes (11 Beijing, 31 Shanghai, 44 Guangdong, ...). */
public enum Province implements ContractCode {
    BEIJING("11"),
    TIANJIN("12"),
    HEBEI("13"),
    SHANXI("14"),
    INNER_MONGOLIA("15"),
    LIAONING("21"),
    JILIN("22"),
    HEILONGJIANG("23"),
    SHANGHAI("31"),
    JIANGSU("32"),
    ZHEJIANG("33"),
    ANHUI("34"),
    FUJIAN("35"),
    JIANGXI("36"),
    SHANDONG("37"),
    HENAN("41"),
    HUBEI("42"),
    HUNAN("43"),
    GUANGDONG("44"),
    GUANGXI("45"),
    HAINAN("46"),
    CHONGQING("50"),
    SICHUAN("51"),
    GUIZHOU("52"),
    YUNNAN("53"),
    TIBET("54"),
    SHAANXI("61"),
    GANSU("62"),
    QINGHAI("63"),
    NINGXIA("64"),
    XINJIANG("65"),
    TAIWAN("71"),
    HONG_KONG("81"),
    MACAO("82");

    private static final CodeList<Province> CODES = new CodeList<>("Province", values());

    private final String code;

    Province(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Province fromCode(String code) {
        return CODES.fromCode(code);
    }

    public static boolean isCode(String code) {
        return CODES.isCode(code);
    }

    /** Every code, in the contract's order. */
    public static Set<String> codes() {
        return CODES.codes();
    }
}
