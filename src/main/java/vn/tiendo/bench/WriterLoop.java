package vn.tiendo.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One writer of {@link WritersBenchmark}: reads the value as its channel shows it, writes a new one, records the outcome. */
final class WriterLoop {

    /** The outcome of one write as the writer saw it. */
    enum Outcome { ACKNOWLEDGED, CONFLICT, REFUSED, SERVER_ERROR }

    /**
     * One write: who, where, the version seen ({@code null} when none, and for dataValueSets, which carry none), the
     * value sent (unique in the run), the reply status, the outcome, whether a 409 named who saved, and the latency.
     */
    record Attempt(WritersBenchmark.Writer writer, Integer seenVersion, String value, int status, Outcome outcome,
                   boolean namesWinner, long nanos, String excerpt) {
    }

    private static final Pattern JSON_VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final WritersBenchmark.Setup setup;
    private final WritersBenchmark.Writer writer;
    private final List<String> names;
    private final WriterClient client;
    private final Pattern formVersion;
    private final Pattern formShown;
    private int seq;

    WriterLoop(String baseUrl, WritersBenchmark.Setup setup, WritersBenchmark.Writer writer, List<String> names) {
        this.setup = setup;
        this.writer = writer;
        this.names = names;
        this.client = new WriterClient(baseUrl, writer.token());
        this.formVersion = Pattern.compile("name=\"ver_" + setup.indicatorId() + "\" value=\"(\\d*)\"");
        this.formShown = Pattern.compile("name=\"o_" + setup.indicatorId() + "\" value=\"([^\"]*)\"");
    }

    void login() {
        if (writer.channel() == WritersBenchmark.Channel.FORM || writer.channel() == WritersBenchmark.Channel.EXCEL) {
            client.login(writer.username(), writer.password());
        }
    }

    void until(long deadline, Consumer<Attempt> sink) {
        while (System.nanoTime() < deadline) {
            sink.accept(once());
        }
    }

    private String page() {
        return "/nhap-lieu/" + setup.programmeId() + "/" + writer.unitCode() + "/" + WritersBenchmark.PERIOD;
    }

    private Attempt once() {
        String value = String.valueOf((writer.index() + 1) * 1_000_000L + ++seq);
        return switch (writer.channel()) {
            case FORM -> form(value);
            case EXCEL -> excel(value);
            case REST -> rest(value);
            case DATA_VALUE_SETS -> dataValueSet(value);
        };
    }

    private Attempt form(String value) {
        String html = client.get(page()).body();
        Integer seen = group(formVersion, html);
        Matcher shown = formShown.matcher(html);
        String old = shown.find() ? shown.group(1) : "";
        long id = setup.indicatorId();
        long t0 = System.nanoTime();
        WriterClient.Reply r = client.form(page(), Map.of("v_" + id, value, "o_" + id, old, "ver_" + id, seen == null ? "" : seen.toString(),
                "n_" + id, "", "on_" + id, ""));
        return attempt(seen, value, r, System.nanoTime() - t0, r.body().contains("Đã lưu 1 số liệu"));
    }

    private Attempt excel(String value) {
        byte[] template = client.bytes(page() + "/mau.xlsx");
        Integer seen = WriterAudit.templateVersion(template);
        byte[] filled = WriterClient.fill(template, 7, Double.parseDouble(value));
        long t0 = System.nanoTime();
        WriterClient.Reply r = client.upload(page() + "/excel", "nhap-lieu.xlsx", filled);
        return attempt(seen, value, r, System.nanoTime() - t0, r.body().contains("lưu 1 số liệu"));
    }

    private Attempt rest(String value) {
        String path = "/api/v1/values/" + setup.indicatorId() + "/" + writer.unitCode() + "/" + WritersBenchmark.PERIOD;
        WriterClient.Reply current = client.apiGet(path);
        Integer seen = current.status() == 200 ? group(JSON_VERSION, current.body()) : null;
        long t0 = System.nanoTime();
        WriterClient.Reply r = client.json("PUT", path, "{\"value\":\"" + value + "\",\"version\":" + seen + "}", Map.of());
        return attempt(seen, value, r, System.nanoTime() - t0, r.status() == 200);
    }

    private Attempt dataValueSet(String value) {
        String body = "{\"period\":\"" + WritersBenchmark.PERIOD + "\",\"orgUnit\":\"" + writer.unitCode() + "\",\"dataValues\":[{\"dataElement\":\""
                + setup.dataElement() + "\",\"value\":\"" + value + "\"}]}";
        long t0 = System.nanoTime();
        WriterClient.Reply r = client.json("POST", "/api/v1/dataValueSets", body, Map.of());
        return attempt(null, value, r, System.nanoTime() - t0, r.status() == 200 && r.body().contains("SUCCESS"));
    }

    private Attempt attempt(Integer seen, String value, WriterClient.Reply r, long nanos, boolean acknowledged) {
        Outcome outcome = r.status() >= 500 ? Outcome.SERVER_ERROR : acknowledged ? Outcome.ACKNOWLEDGED
                : r.status() == 409 ? Outcome.CONFLICT : Outcome.REFUSED;
        boolean named = outcome == Outcome.CONFLICT && names.stream().anyMatch(n -> r.body().contains("đã được " + n + " cập nhật"));
        String excerpt = outcome == Outcome.ACKNOWLEDGED ? "" : r.body().substring(0, Math.min(400, r.body().length()));
        return new Attempt(writer, seen, value, r.status(), outcome, named, nanos, excerpt);
    }

    private static Integer group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() && !m.group(1).isEmpty() ? Integer.valueOf(m.group(1)) : null;
    }
}
