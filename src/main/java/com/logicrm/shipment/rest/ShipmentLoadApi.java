package com.logicrm.shipment.rest;

import com.logicrm.access.SignedInUser;
import com.logicrm.shipment.FileLoad;
import com.logicrm.shipment.ShipmentFileLoads;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk file loads of shipments (TXN-2): upload a CSV, then follow its background job. */
@RestController
@RequestMapping("/api/v1/shipments/loads")
class ShipmentLoadApi {

    private final ShipmentFileLoads loads;
    private final MessageSource messages;

    ShipmentLoadApi(ShipmentFileLoads loads, MessageSource messages) {
        this.loads = loads;
        this.messages = messages;
    }

    record LineError(long line, String field, String code, String message) {
    }

    record LoadAnswer(long id, String fileName, String source, String onError, String state, boolean finished,
            int percent, Long lines, Long loaded, Long alreadyLoaded, Long rejected, String failure,
            List<LineError> errors) {
    }

    /** Multipart: {@code file} (UTF-8 CSV with the header line), {@code source}, {@code onError} SKIP or REFUSE. */
    @PostMapping
    ResponseEntity<LoadAnswer> upload(@AuthenticationPrincipal SignedInUser user,
            @RequestPart("file") MultipartFile file, @RequestParam String source,
            @RequestParam(defaultValue = "REFUSE") String onError) throws IOException {
        FileLoad load = loads.start(source, file.getOriginalFilename(), onError, file.getBytes(),
                LocaleContextHolder.getLocale(), user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/shipments/loads/" + load.id()))
                .body(answer(load));
    }

    @GetMapping("/{id}")
    LoadAnswer get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return answer(loads.get(id, user));
    }

    private LoadAnswer answer(FileLoad load) {
        return new LoadAnswer(load.id(), load.fileName(), load.source(), load.onError(), load.state(),
                load.finished(), load.percent(), load.lines(), load.loaded(), load.alreadyLoaded(), load.rejected(),
                load.failure(), load.errors().stream().map(error -> new LineError(error.line(), error.field(),
                        error.code(), messages.getMessage(error.messageCode(), null, error.code(),
                                LocaleContextHolder.getLocale()))).toList());
    }
}
