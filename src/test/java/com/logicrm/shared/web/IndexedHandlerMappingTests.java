package com.logicrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The indexed look-up answers every request exactly as Spring's own look-up over all mappings does:
 * for each mapping of the application, a path made from each of its patterns and each of its methods,
 * the same path with a method it does not take, and paths nobody maps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexedHandlerMappingTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    record Outcome(String handler, String failure, Object variables, Object pattern) {
    }

    @Test
    void theApplicationUsesTheIndexedMapping() {
        assertThat(mapping).isInstanceOf(IndexedHandlerMapping.class);
    }

    @Test
    void everyMappedRequestFindsTheSameHandlerAsTheStockLookUp() throws Exception {
        IndexedHandlerMapping indexed = (IndexedHandlerMapping) mapping;
        List<String> compared = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
            for (PathPattern pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatterns()) {
                String path = concrete(pattern.getPatternString());
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    Outcome viaIndex = outcome(indexed, request(method, path, info), true);
                    Outcome stock = outcome(indexed, request(method, path, info), false);
                    assertThat(viaIndex).as(method + " " + path).isEqualTo(stock);
                    assertThat(viaIndex.handler()).as(method + " " + path).isNotNull();
                    compared.add(method + " " + path);
                }
                Outcome wrongMethod = outcome(indexed, request("PATCH", path, info), true);
                assertThat(wrongMethod).as("PATCH " + path)
                        .isEqualTo(outcome(indexed, request("PATCH", path, info), false));
            }
        }
        assertThat(compared).hasSizeGreaterThan(200).contains("GET /api/v1/customers/7");
    }

    @Test
    void theCustomerCardAndItsNeighboursResolveToTheirOwnHandlers() throws Exception {
        IndexedHandlerMapping indexed = (IndexedHandlerMapping) mapping;
        assertThat(outcome(indexed, plain("GET", "/api/v1/customers/42"), true).handler()).endsWith("CustomerApi#get");
        assertThat(outcome(indexed, plain("GET", "/api/v1/customers/42/history"), true).handler())
                .endsWith("CustomerApi#history");
        for (String path : List.of("/api/v1/nothing-here/42", "/nowhere/at/all/7", "/api/v1/customers/42/nothing",
                "/api/v1/customers/4%202", "/api/v1/customers/42;x=1")) {
            assertThat(outcome(indexed, plain("GET", path), true)).as(path)
                    .isEqualTo(outcome(indexed, plain("GET", path), false));
        }
    }

    @Test
    void theCardTriesTheCustomersMappingsOnly() {
        IndexedHandlerMapping indexed = (IndexedHandlerMapping) mapping;
        int all = mapping.getHandlerMethods().size();
        assertThat(indexed.tried("GET", "/api/v1/customers/42")).isPositive().isLessThan(all / 20);
        assertThat(indexed.tried("GET", "/api/v1/customers")).isEqualTo(-1);
        assertThat(indexed.tried("HEAD", "/api/v1/customers/42")).isEqualTo(-1);
    }

    @Test
    void literalPrefixesStopAtTheFirstVariableOrAtTheirDepth() {
        assertThat(IndexedHandlerMapping.literalPrefix("/api/v1/customers/{id}")).isEqualTo("/api/v1/customers");
        assertThat(IndexedHandlerMapping.literalPrefix("/api/v1/customers/{id}/contacts/{c}")).isEqualTo("/api/v1/customers");
        assertThat(IndexedHandlerMapping.literalPrefix("/customers/{id}/edit")).isEqualTo("/customers");
        assertThat(IndexedHandlerMapping.literalPrefix("/api/v1")).isEqualTo("/api");
        assertThat(IndexedHandlerMapping.literalPrefix("/**")).isEmpty();
        assertThat(IndexedHandlerMapping.prefixes("/api/v1/customers/42"))
                .containsExactly("", "/api", "/api/v1", "/api/v1/customers");
        assertThat(IndexedHandlerMapping.prefixes("/customers")).containsExactly("");
        assertThat(IndexedHandlerMapping.segments("/api/v1/customers/{id}")).isEqualTo(4);
        assertThat(IndexedHandlerMapping.segments("/webjars/**")).isEqualTo(IndexedHandlerMapping.ANY_LENGTH);
        assertThat(IndexedHandlerMapping.keys("GET", "/api/v1/customers/42"))
                .contains("GET 4 /api/v1/customers", "GET -1 /api", "GET 4 ");
    }

    private static Outcome outcome(IndexedHandlerMapping mapping, MockHttpServletRequest request, boolean indexed) {
        String lookupPath = ServletRequestPathUtils.parseAndCache(request).pathWithinApplication().value();
        try {
            HandlerMethod handler = indexed ? mapping.lookupHandlerMethod(lookupPath, request)
                    : mapping.lookupWithoutIndex(lookupPath, request);
            return new Outcome(handler == null ? null : handler.getBeanType().getSimpleName() + "#"
                    + handler.getMethod().getName(), null,
                    request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE),
                    String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
        } catch (Exception e) {
            return new Outcome(null, e.getClass().getName(), null, null);
        }
    }

    private static MockHttpServletRequest request(String method, String path, RequestMappingInfo info) {
        MockHttpServletRequest request = plain(method, path);
        info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                .ifPresent(type -> request.setContentType(type.toString()));
        info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                .ifPresent(type -> request.addHeader("Accept", type.toString()));
        info.getParamsCondition().getExpressions().forEach(expression -> {
            if (!expression.isNegated()) {
                request.addParameter(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
            }
        });
        info.getHeadersCondition().getExpressions().forEach(expression -> {
            if (!expression.isNegated()) {
                request.addHeader(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
            }
        });
        return request;
    }

    private static MockHttpServletRequest plain(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", MediaType.ALL_VALUE);
        return request;
    }

    /** A path the pattern matches: every variable segment a number, wildcards a plain word. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x/y").replaceAll("\\{[^}]+}", "7").replace("/**", "/x/y")
                .replace("*", "x");
    }
}
