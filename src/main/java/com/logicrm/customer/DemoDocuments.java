package com.logicrm.customer;

import com.logicrm.access.Person;
import com.logicrm.shared.Confidentiality;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A few small, always identical text documents — call records and a visit report — on some demo
 * customers, so the 文件档案 tab has something to show. Written in the demo customers' transaction.
 */
@Component
class DemoDocuments {

    private static final LocalDate FIRST_CALL = LocalDate.of(2026, 10, 12);
    private final DocumentFiling filing;

    DemoDocuments(DocumentFiling filing) {
        this.filing = filing;
    }

    /** Files the documents of the {@code index}-th demo customer, if it gets any; returns how many. */
    int fileFor(int index, Customer customer, Person owner, Instant now) {
        if (index % 3 != 0 || index >= 18) {
            return 0;
        }
        LocalDate date = FIRST_CALL.plusDays(index);
        String name = customer.facts().name();
        file(customer, now, DocumentType.CALL_RECORD, "电话沟通记录 " + date, date, "call-" + date + ".txt", """
                电话沟通记录
                客户：%s（%s）
                日期：%s 10:30
                记录人：%s
                内容：客户询问下月华东线整车运输的报价和时效，希望每周固定两班。已说明现行价格，
                答应三个工作日内发送书面报价。
                后续：发送报价；下周回访。
                """.formatted(name, customer.archiveNo(), date, owner.displayName()));
        if (index % 9 != 0) {
            return 1;
        }
        LocalDate visit = date.plusDays(7);
        file(customer, now, DocumentType.VISIT_REPORT, "拜访报告 " + visit, visit, "visit-" + visit + ".txt", """
                拜访报告
                客户：%s（%s）
                日期：%s
                拜访人：%s
                要点：参观了客户仓库，库容约八成；客户对破损率和到货准时率最为关注。
                下一步：提交仓储配送一体化方案。
                """.formatted(name, customer.archiveNo(), visit, owner.displayName()));
        return 2;
    }

    private void file(Customer customer, Instant now, DocumentType type, String title, LocalDate date,
            String fileName, String text) {
        filing.file(customer.id(), new NewDocument(type, title, date, Confidentiality.INTERNAL, null), fileName,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "system", now);
    }
}
