package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.support.ApiClient;
import com.logicrm.support.DemoAccounts;
import com.logicrm.support.Json;
import com.logicrm.support.Names;
import com.logicrm.support.Provisioning;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is tamper-evident: changing or removing a row is found by the verification.
 * Every test leaves the chain as it found it, since all test classes share the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditTrail audit;

    ApiClient api;
    Provisioning provisioning;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        provisioning = new Provisioning(api);
    }

    @Test
    void theChainIsIntact() {
        HttpResponse<String> verification = verification();

        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(Json.<Boolean>read(verification, "$.intact")).as(verification.body()).isTrue();
        assertThat(Json.number(verification, "$.rowsChecked"))
                .isEqualTo(jdbc.sql("select count(*) from access.audit_event").query(Long.class).single());
        assertThat(Json.<Object>read(verification, "$.firstBrokenId")).isNull();
        assertThat(Json.<Object>read(verification, "$.problem")).isNull();
    }

    @Test
    void aChangedRowIsFound() {
        long userId = provisioning.createUser(Names.unique("audited"), "SH", "ACCOUNT_MANAGER");
        long rowId = Json.number(api.get("/api/v1/audit/events?action=USER_CREATED&targetId=" + userId,
                provisioning.adminToken()), "$[0].id");
        provisioning.createUser(Names.unique("later"), "SH", "ACCOUNT_MANAGER"); // so that rows follow it
        assertThat(Json.<Boolean>read(verification(), "$.intact")).isTrue();
        String original = jdbc.sql("select summary from access.audit_event where id = ?").param(rowId)
                .query(String.class).single();
        try {
            jdbc.sql("update access.audit_event set summary = 'tampered' where id = ?").param(rowId).update();

            HttpResponse<String> verification = verification();

            assertThat(Json.<Boolean>read(verification, "$.intact")).isFalse();
            assertThat(Json.number(verification, "$.firstBrokenId")).isEqualTo(rowId);
            assertThat(Json.text(verification, "$.problem")).isEqualTo("CONTENT_CHANGED");
        } finally {
            jdbc.sql("update access.audit_event set summary = ? where id = ?").params(original, rowId).update();
        }
        assertThat(Json.<Boolean>read(verification(), "$.intact")).as("restored").isTrue();
    }

    @Test
    @WithMockUser(username = "auditor", authorities = "audit:read")
    void aRemovedRowIsFound() {
        provisioning.createUser(Names.unique("removed"), "SH", "ACCOUNT_MANAGER");
        provisioning.createUser(Names.unique("following"), "SH", "ACCOUNT_MANAGER");
        List<Long> lastTwo = jdbc.sql("select id from access.audit_event order by id desc limit 2")
                .query(Long.class).list();
        long following = lastTwo.get(0);
        long removed = lastTwo.get(1);

        ChainVerification whileRemoved = transaction.execute(status -> {
            status.setRollbackOnly(); // a row cannot be put back: identity columns are generated always
            assertThat(audit.verify().intact()).isTrue();
            assertThat(jdbc.sql("delete from access.audit_event where id = ?").param(removed).update()).isOne();
            return audit.verify();
        });

        assertThat(whileRemoved.intact()).isFalse();
        assertThat(whileRemoved.firstBrokenId()).isEqualTo(following);
        assertThat(whileRemoved.problem()).isEqualTo("LINK_BROKEN");
        assertThat(jdbc.sql("select count(*) from access.audit_event where id = ?").param(removed)
                .query(Long.class).single()).as("rolled back").isOne();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void verificationNeedsTheAuditPermission() {
        HttpResponse<String> answer = api.get("/api/v1/audit/verification",
                api.token("manager", DemoAccounts.PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> verification() {
        return api.get("/api/v1/audit/verification", provisioning.adminToken());
    }
}
