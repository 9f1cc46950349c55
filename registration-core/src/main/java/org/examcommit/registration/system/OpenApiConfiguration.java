package org.examcommit.registration.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, version and the rules that hold for every endpoint. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI registrationApi(@Value("${examcommit.api.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Exam registration commitment API (告知承诺制)")
                        .version(version)
                        .description("Candidates register, apply with or without the commitment and pay; officers "
                                + "record on-site results, findings and dispositions. Sign in with a bearer token "
                                + "from POST /api/auth/login. Dates are calendar dates in Asia/Shanghai (yyyy-MM-dd); "
                                + "timestamps are ISO-8601 with an offset. Every error is an RFC 9457 problem detail "
                                + "(application/problem+json) with the members field and rule."));
    }
}
