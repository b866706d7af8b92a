package com.logicrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicrm.shared.identity.CreditCode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import files the tests write for themselves, and the upload-and-wait steps every import test takes. */
public final class ImportFiles {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ImportFiles() {
    }

    /** CSV text from rows of cells, quoting where needed, CRLF line ends as Excel writes them. */
    public static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                    cell = "\"" + cell.replace("\"", "\"\"") + "\"";
                }
                text.append(i == 0 ? "" : ",").append(cell);
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    public static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A valid credit code registered in Shanghai, different on every call. */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91310115");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        return first17 + String.valueOf(CreditCode.checkCharacter(first17.toString()));
    }

    /** Two Han characters no other test is likely to use in a name, so names never collide across tests. */
    public static String unique() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String(new char[] {(char) random.nextInt(0x5000, 0x9000), (char) random.nextInt(0x5000, 0x9000),
                (char) random.nextInt(0x5000, 0x9000)});
    }

    /** Uploads {@code content}; {@code then} = check, import or nothing. Returns the response. */
    public static HttpResponse<String> upload(ApiClient api, String token, String fileName, byte[] content,
            Map<String, String> fields) {
        return api.multipart("/api/v1/customer-imports", token, fields,
                new ApiClient.FilePart("file", fileName, "application/octet-stream", content));
    }

    /** Waits until the upload's job has finished and returns the upload as it then is. */
    public static JsonNode awaitFinished(ApiClient api, String token, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            HttpResponse<String> response = api.get("/api/v1/customer-imports/" + id, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode upload = JSON.readTree(response.body());
            String state = upload.path("state").asString();
            String job = upload.path("job").path("status").asString();
            if (!state.equals("CHECKING") && !state.equals("IMPORTING") && !job.equals("QUEUED")
                    && !job.equals("RUNNING")) {
                return upload;
            }
            assertThat(Instant.now()).as("import " + id + " still " + state).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
