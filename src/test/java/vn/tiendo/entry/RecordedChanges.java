package vn.tiendo.entry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.DataValueChanged;

/** Test listener: remembers every {@link DataValueChanged} published, as the roll-up will receive them. */
@Component
public class RecordedChanges {

    private final List<DataValueChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    public void on(DataValueChanged e) {
        events.add(e);
    }

    public List<DataValueChanged> forIndicator(long indicatorId) {
        return events.stream().filter(e -> e.indicatorId() == indicatorId).toList();
    }
}
