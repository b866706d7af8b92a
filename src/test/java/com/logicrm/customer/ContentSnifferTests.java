package com.logicrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicrm.customer.FileFormat.ContentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferTests {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedKindByItsBytes() throws IOException {
        assertThat(kind(SampleFiles.pdf())).isEqualTo(ContentKind.PDF);
        assertThat(kind(SampleFiles.ole2())).isEqualTo(ContentKind.OLE2);
        assertThat(kind(SampleFiles.docx())).isEqualTo(ContentKind.WORD_PACKAGE);
        assertThat(kind(SampleFiles.xlsx())).isEqualTo(ContentKind.EXCEL_PACKAGE);
        assertThat(kind(SampleFiles.jpeg())).isEqualTo(ContentKind.JPEG);
        assertThat(kind(SampleFiles.png())).isEqualTo(ContentKind.PNG);
        assertThat(kind("客户来电，询问报价。\r\nPlain ASCII too.".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContentKind.TEXT);
        assertThat(kind(SampleFiles.email())).isEqualTo(ContentKind.EMAIL);
    }

    @Test
    void refusesWhatIsNoneOfThem() throws IOException {
        assertThat(kind(SampleFiles.exe())).as("executable").isEqualTo(ContentKind.UNKNOWN);
        assertThat(kind(SampleFiles.plainZip())).as("a ZIP without word/ or xl/").isEqualTo(ContentKind.UNKNOWN);
        assertThat(kind("text\0with a NUL".getBytes(StandardCharsets.UTF_8))).as("NUL").isEqualTo(ContentKind.UNKNOWN);
        assertThat(kind("bell\u0007".getBytes(StandardCharsets.UTF_8))).as("control").isEqualTo(ContentKind.UNKNOWN);
        assertThat(kind(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0x41})).as("neither UTF-8 nor GB18030")
                .isEqualTo(ContentKind.UNKNOWN);
        assertThat(kind(new byte[0])).as("empty").isEqualTo(ContentKind.UNKNOWN);
        byte[] truncatedZip = Arrays.copyOf(SampleFiles.docx(), 30);
        assertThat(kind(truncatedZip)).as("a broken ZIP").isEqualTo(ContentKind.UNKNOWN);
    }

    @Test
    void textIsUtf8OrGb18030() throws IOException {
        String chinese = "电话沟通记录：客户要求周五前报价。";
        Path utf8 = write(chinese.getBytes(StandardCharsets.UTF_8));
        Path gb = write(chinese.getBytes(ContentSniffer.GB18030));

        assertThat(ContentSniffer.textCharset(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ContentSniffer.textCharset(gb)).isEqualTo(ContentSniffer.GB18030);
        assertThat(ContentSniffer.accept("记录.txt", gb).contentType()).isEqualTo("text/plain; charset=GB18030");
        assertThat(ContentSniffer.accept("记录.TXT", utf8).contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void anEmailNeedsHeaderLinesWithAFromOnTop() throws IOException {
        assertThat(kind("Subject: hi\r\nDate: today\r\n\r\nbody".getBytes(StandardCharsets.UTF_8)))
                .as("no From").isEqualTo(ContentKind.TEXT);
        assertThat(kind("Dear Sir,\r\nFrom: me\r\nTo: you\r\n".getBytes(StandardCharsets.UTF_8)))
                .as("headers not on top").isEqualTo(ContentKind.TEXT);
        assertThat(kind("From: a@b.c\r\nTo: d@e.f\r\n folded\r\n\r\nbody".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContentKind.EMAIL);

        assertThat(ContentSniffer.accept("mail.eml", write(SampleFiles.email())).contentType())
                .isEqualTo("message/rfc822; charset=UTF-8");
        assertThat(ContentSniffer.accept("mail.txt", write(SampleFiles.email())).format())
                .as("a saved e-mail is text as well").isEqualTo(FileFormat.TEXT);
        assertThatThrownBy(() -> ContentSniffer.accept("note.eml", write("just a note".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DocumentRefused.class).hasMessage("document.contentMismatch");
    }

    @Test
    void theExtensionMustAgreeWithTheContent() throws IOException {
        assertThat(ContentSniffer.accept("合同.pdf", write(SampleFiles.pdf())).contentType()).isEqualTo("application/pdf");
        assertThat(ContentSniffer.accept("old.doc", write(SampleFiles.ole2())).format()).isEqualTo(FileFormat.DOC);
        assertThat(ContentSniffer.accept("old.xls", write(SampleFiles.ole2())).format()).isEqualTo(FileFormat.XLS);
        assertThat(ContentSniffer.accept("a.docx", write(SampleFiles.docx())).format()).isEqualTo(FileFormat.DOCX);
        assertThat(ContentSniffer.accept("a.xlsx", write(SampleFiles.xlsx())).format()).isEqualTo(FileFormat.XLSX);
        assertThat(ContentSniffer.accept("photo.jpeg", write(SampleFiles.jpeg())).format()).isEqualTo(FileFormat.JPEG);
        assertThat(ContentSniffer.accept("photo.JPG", write(SampleFiles.jpeg())).contentType()).isEqualTo("image/jpeg");

        assertRefused("scan.png", SampleFiles.pdf(), "document.contentMismatch");
        assertRefused("a.xlsx", SampleFiles.docx(), "document.contentMismatch");
        assertRefused("a.docx", SampleFiles.plainZip(), "document.typeNotAllowed");
        assertRefused("report.pdf", "%PDX not really".getBytes(StandardCharsets.UTF_8), "document.contentMismatch");
        assertRefused("setup.exe", SampleFiles.exe(), "document.typeNotAllowed");
        assertRefused("setup.pdf", SampleFiles.exe(), "document.typeNotAllowed");
        assertRefused("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8), "document.typeNotAllowed");
        assertRefused("no-extension", SampleFiles.pdf(), "document.typeNotAllowed");
    }

    private void assertRefused(String name, byte[] content, String code) throws IOException {
        Path file = write(content);
        assertThatThrownBy(() -> ContentSniffer.accept(name, file)).as(name)
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.messageCode()).isEqualTo(code);
                    assertThat(refused.arguments()).containsExactly(name);
                });
    }

    private ContentKind kind(byte[] content) throws IOException {
        return ContentSniffer.kindOf(write(content));
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "sample", ".bin"), content);
    }
}
