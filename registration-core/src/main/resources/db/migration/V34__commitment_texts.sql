-- Issue 19. The commitment text a candidate signs is data, versioned: a submission or a later commitment
-- names the version it read (commitment_events.text_version), and an unknown version is refused. The current
-- text is the one with the latest effective_from that has begun. Seeded with the text of the four items the
-- API asks for (CommitmentItems), as version 2027.1.
CREATE TABLE commitment_texts (
    version         text        PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 64),
    title           text        NOT NULL,
    body            text        NOT NULL,
    effective_from  timestamptz NOT NULL
);
INSERT INTO commitment_texts (version, title, body, effective_from) VALUES (
    '2027.1',
    '报考资格告知承诺书',
    E'本人自愿选择以告知承诺方式报考，并郑重承诺：\n'
    || E'一、本人已认真阅读考试报名公告，知晓告知承诺的内容及虚假承诺的后果（knowsNotice）；\n'
    || E'二、本人符合所报考考试及级别的报考条件（meetsConditions）；\n'
    || E'三、本人所填报的身份、学历、学位及工作经历等信息真实、准确、完整（informationTrue）；\n'
    || E'四、本人接受有关部门的核查，如有虚假承诺，愿意承担相应法律责任，并接受记入诚信档案等处理（acceptsVerification）。',
    TIMESTAMPTZ '2026-01-01 00:00:00+08');
