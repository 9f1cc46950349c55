package org.examcommit.registration.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string refused while the body is read (a control character, or longer than its field allows). Jackson adds
 * the property path on its way out, so the problem detail can name the field.
 */
class TextRefusedException extends MismatchedInputException {

    private final String rule;

    TextRefusedException(JsonParser parser, String rule, String message) {
        super(parser, message, String.class);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
