package vn.tiendo.web.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends a cached dashboard answer's JSON bytes ({@link WrittenAnswer}) as they were first written by the
 * application's ObjectMapper: the same body Jackson would write, without writing it again. Only answers, only JSON;
 * everything else goes on to the usual converters.
 */
@Configuration
class WrittenAnswerConverter extends AbstractHttpMessageConverter<WrittenAnswer> implements WebMvcConfigurer {

    private final ObjectMapper mapper;

    WrittenAnswerConverter(ObjectMapper mapper) {
        super(MediaType.APPLICATION_JSON);
        this.mapper = mapper;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, this);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return WrittenAnswer.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Long getContentLength(WrittenAnswer answer, MediaType contentType) {
        return (long) answer.json(mapper).length;
    }

    @Override
    protected WrittenAnswer readInternal(Class<? extends WrittenAnswer> clazz, HttpInputMessage input) {
        throw new UnsupportedOperationException("only written");
    }

    @Override
    protected void writeInternal(WrittenAnswer answer, HttpOutputMessage output) throws IOException {
        output.getBody().write(answer.json(mapper));
    }
}
