package org.examcommit.schedules.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.examcommit.registration.candidate.IdNumber;

/** Made-up personal data for generated bundles: valid id_numbers, Chinese names, mobile numbers, credit codes. */
final class Person {

    private static final String[] REGIONS = {
        "110101", "120101", "130102", "310101", "320102", "330102", "340102", "350102", "370102", "410102", "420102",
        "430102", "440103", "440305", "450102", "500101", "510104", "530102", "610102", "620102"
    };
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉玲玉兰红梅鹏飞宇浩然欣怡子涵梓萱思远佳琪俊杰晓东海燕志强雪莲";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Person() {}

    static String idNumber(SplittableRandom random) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 35));
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    static LocalDate birthDate(String idNumber) {
        return LocalDate.of(
                Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(4) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String phone(SplittableRandom random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    static String creditCode(SplittableRandom random) {
        StringBuilder code = new StringBuilder("91");
        code.append(REGIONS[random.nextInt(REGIONS.length)]);
        while (code.length() < 18) {
            code.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        return code.toString();
    }
}
