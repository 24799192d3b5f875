package vn.tiendo.storage;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the Flyway migrations and before the web server takes requests, makes sure the
 * administrative units are present (the load is idempotent).
 */
@Component
public class ReferenceDataInitializer implements SmartInitializingSingleton {

    private final AdminUnitLoader loader;

    public ReferenceDataInitializer(AdminUnitLoader loader) {
        this.loader = loader;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loader.load();
    }
}
