package org.examcommit.registration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A fee payment as the payment provider confirmed it: amount and the provider's reference. */
record PaymentRequest(
        @NotNull @Positive BigDecimal amount, @NotBlank String reference) {}
