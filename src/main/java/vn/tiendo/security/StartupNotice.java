package vn.tiendo.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lines to show once on the console after start-up (generated passwords). They are handed out once
 * by {@link #drain()} and never written to a log.
 */
@Component
public class StartupNotice {

    private final List<String> lines = new ArrayList<>();

    public synchronized void add(String line) {
        lines.add(line);
    }

    /** The pending lines, removed from memory. */
    public synchronized List<String> drain() {
        List<String> out = List.copyOf(lines);
        lines.clear();
        return out;
    }
}
