package vn.tiendo.report.batch;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No batch of reports with this id (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BatchNotFoundException extends RuntimeException {

    public BatchNotFoundException(long id) {
        super("Không có lô báo cáo hàng loạt mã " + id + ".");
    }
}
