package org.examcommit.schedules.report;

import java.util.Map;

/** Chinese names for the codes the pages show (DATA-CONTRACT §1-§3); an unknown code shows as itself. */
final class Labels {

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "北京"),
            Map.entry("12", "天津"),
            Map.entry("13", "河北"),
            Map.entry("14", "山西"),
            Map.entry("15", "内蒙古"),
            Map.entry("21", "辽宁"),
            Map.entry("22", "吉林"),
            Map.entry("23", "黑龙江"),
            Map.entry("31", "上海"),
            Map.entry("32", "江苏"),
            Map.entry("33", "浙江"),
            Map.entry("34", "安徽"),
            Map.entry("35", "福建"),
            Map.entry("36", "江西"),
            Map.entry("37", "山东"),
            Map.entry("41", "河南"),
            Map.entry("42", "湖北"),
            Map.entry("43", "湖南"),
            Map.entry("44", "广东"),
            Map.entry("45", "广西"),
            Map.entry("46", "海南"),
            Map.entry("50", "重庆"),
            Map.entry("51", "四川"),
            Map.entry("52", "贵州"),
            Map.entry("53", "云南"),
            Map.entry("54", "西藏"),
            Map.entry("61", "陕西"),
            Map.entry("62", "甘肃"),
            Map.entry("63", "青海"),
            Map.entry("64", "宁夏"),
            Map.entry("65", "新疆"),
            Map.entry("71", "台湾"),
            Map.entry("81", "香港"),
            Map.entry("82", "澳门"));

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("EXEMPT", "免于现场核验"),
            Map.entry("ONSITE", "需现场核验"),
            Map.entry("FLAGGED", "被标记的报名"),
            Map.entry("NOT_CHOSEN", "未选择承诺"),
            Map.entry("WITHDRAWN", "撤回承诺"),
            Map.entry("NOT_APPLICABLE", "不适用承诺"),
            Map.entry("IDENTITY_FAIL", "身份不符"),
            Map.entry("IDENTITY_UNVERIFIABLE", "身份无法核验"),
            Map.entry("EDUCATION_FAIL", "学历不符"),
            Map.entry("EDUCATION_UNVERIFIABLE", "学历无法核验"),
            Map.entry("DEGREE_FAIL", "学位不符"),
            Map.entry("DEGREE_UNVERIFIABLE", "学位无法核验"),
            Map.entry("INELIGIBLE", "不符合报考条件"),
            Map.entry("UNDETERMINED", "工作年限待确认"),
            Map.entry("NAME_CHANGED", "证书姓名不同"),
            Map.entry("ARCHIVE_BARRED", "诚信档案限制"),
            Map.entry("IDENTITY_MISMATCH", "身份信息不符"),
            Map.entry("CERT_NOT_FOUND", "证书查无记录"),
            Map.entry("CERT_MISMATCH", "证书信息不符"),
            Map.entry("CERT_SHARED", "证书被多人使用"),
            Map.entry("WORK_YEARS_INFLATED", "工作年限虚高"),
            Map.entry("WORK_OVERLAP", "工作经历重叠"),
            Map.entry("WORK_BEFORE_16", "16岁前参加工作"),
            Map.entry("PHONE_SHARED", "手机号多人共用"),
            Map.entry("DUPLICATE_APPLICATION", "重复报名"),
            Map.entry("EMPLOYER_CLUSTER", "同一单位同月入职聚集"),
            Map.entry("REPORTED", "群众举报"),
            Map.entry("ANOMALY", "统计异常"),
            Map.entry("COMMITTED", "已承诺"),
            Map.entry("ASSISTANT", "助理级"),
            Map.entry("INTERMEDIATE", "中级"),
            Map.entry("SENIOR", "高级"),
            Map.entry("import", "导入"),
            Map.entry("gate", "快照检查"),
            Map.entry("deadlines", "逾期处理"),
            Map.entry("verify", "在线核验"),
            Map.entry("analytics", "智慧监管分析"),
            Map.entry("report", "分析报告"));

    private Labels() {}

    static String province(String code) {
        String name = PROVINCES.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** "免于现场核验 (EXEMPT)": the Chinese name with the contract's code beside it. */
    static String code(String code) {
        String name = CODES.get(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
