package vn.tiendo.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.tiendo.programmes.ProgrammeNotFoundException;

class ProgrammeNotFoundAdviceTest {

    @Test
    void aMissingProgrammeIsNotFoundWithItsMessage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ProgrammeNotFoundAdvice().notFound(new ProgrammeNotFoundException("Không có văn bản mã 9."), response);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getErrorMessage()).isEqualTo("Không có văn bản mã 9.");
    }
}
