package org.examcommit.registration.system;

import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every JSON string of a request body: only a JSON string (a number or boolean is refused, not coerced),
 * without control characters (PostgreSQL cannot store U+0000, and no field of this API needs a control character
 * other than a line break or tab), and at most as many characters as the field's {@link Size#max()} (which is also
 * what the OpenAPI document shows), {@link #DEFAULT_MAX} for a field without one.
 */
final class BoundedTextDeserializer extends StdScalarDeserializer<String> {

    /** The bound of a text field that does not declare its own. */
    static final int DEFAULT_MAX = 1000;

    private final int max;

    BoundedTextDeserializer() {
        this(DEFAULT_MAX);
    }

    private BoundedTextDeserializer(int max) {
        super(String.class);
        this.max = max;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        Size size = property == null ? null : property.getAnnotation(Size.class);
        return size == null || size.max() == max ? this : new BoundedTextDeserializer(size.max());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String value = p.getString();
        if (hasControlCharacter(value)) {
            throw new TextRefusedException(
                    p, "control-characters", "must not contain control characters (such as U+0000)");
        }
        if (value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new TextRefusedException(p, "too-long", "must be at most " + max + " characters");
        }
        return value;
    }

    /** C0 and C1 controls except tab and line breaks, and unpaired surrogates. */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
