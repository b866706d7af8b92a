package com.logicrm.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description integrators read at {@code /v3/api-docs}: every call takes a bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI logiCrmApi() {
        return new OpenAPI()
                .info(new Info().title("LogiCRM API").version("v1")
                        .description("物流客户信息管理系统. Get a token with POST /api/v1/auth/tokens, then send "
                                + "Authorization: Bearer <token>. Errors are RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
