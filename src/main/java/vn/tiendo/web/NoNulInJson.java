package vn.tiendo.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON string holding NUL (U+0000) is refused while reading the request (400, "JSON không đọc được"):
 * PostgreSQL text cannot store it, so it would otherwise fail deep in a query as a server error (found by OpenApiFuzzTest).
 */
@Configuration
class NoNulInJson {

    @Bean
    com.fasterxml.jackson.databind.Module refuseNul() {  // Spring Boot registers every Module bean
        SimpleModule module = new SimpleModule("tiendo-no-nul");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = super.deserialize(p, ctxt);
                if (s != null && s.indexOf(0) >= 0) {
                    return (String) ctxt.handleWeirdStringValue(String.class, s, "chuỗi chứa ký tự NUL, không được phép");
                }
                return s;
            }
        });
        return module;
    }
}
