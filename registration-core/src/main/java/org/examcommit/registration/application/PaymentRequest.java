package org.examcommit.registration.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.examcommit.registration.system.TextBounds;

/** A fee payment as the payment provider confirmed it: amount and the provider's reference. */
record PaymentRequest(
        @NotNull @Positive @Digits(integer = 8, fraction = 2)
        BigDecimal amount,

        @NotBlank @Size(max = TextBounds.REFERENCE) String reference) {}
