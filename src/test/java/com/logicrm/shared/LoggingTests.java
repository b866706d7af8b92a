package com.logicrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/** Spring's own logging (Commons Logging) builds a message only when its level is on, and still ends in Logback. */
class LoggingTests {

    @Test
    void aDebugMessageIsBuiltOnlyWhenDebugIsOnAndThenReachesLogback() {
        Log log = LogFactory.getLog("com.logicrm.shared.LoggingTests.lazy");
        Logger logback = (Logger) LoggerFactory.getLogger("com.logicrm.shared.LoggingTests.lazy");
        AtomicInteger built = new AtomicInteger();
        LogMessage message = LogMessage.of(() -> "built " + built.incrementAndGet());

        logback.setLevel(Level.INFO);
        log.debug(message);
        assertThat(built).as("debug is off: nothing is built").hasValue(0);

        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logback.addAppender(appender);
        logback.setLevel(Level.DEBUG);
        try {
            log.debug(message);
        } finally {
            logback.detachAppender(appender);
            logback.setLevel(null);
        }
        assertThat(built).hasValue(1);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("built 1");
        assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
    }
}
