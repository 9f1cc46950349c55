package org.examcommit.registration.education;

/** Education levels of DATA-CONTRACT §1, lowest first (HIGH_SCHOOL and SECONDARY_VOCATIONAL rank alike). */
public enum EducationLevel {
    HIGH_SCHOOL,
    SECONDARY_VOCATIONAL,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTOR
}
