package vn.tiendo.monitoring;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the administrative units are loaded, counts the units below each unit for the shares. */
@Component
class UnitSizesInitializer {

    private final RollUp rollUp;

    UnitSizesInitializer(RollUp rollUp) {
        this.rollUp = rollUp;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        rollUp.refreshUnitSizes();
    }
}
