package mx.parlamentoabierto.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void answersWithTheFirstAnswerThatWillDo() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(3, Await.await(asked::incrementAndGet, n -> n >= 3, Duration.ofSeconds(5), "three"));
    }

    @Test
    void failsNamingWhatWasAwaitedAndTheLastAnswerWhenTheDeadlinePasses() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Await.await(() -> "RECEIVED", "INDEXED"::equals, Duration.ofMillis(300), "the document indexed"));
        assertTrue(failure.getMessage().startsWith("the document indexed: not within 0 s"), failure.getMessage());
        assertTrue(failure.getMessage().contains("last answer: RECEIVED"), failure.getMessage());
    }

    @Test
    void aProbeThatKeepsFailingIsReportedWithItsCause() {
        AssertionError failure = assertThrows(AssertionError.class, () -> Await.await(() -> {
            throw new java.io.IOException("connection refused");
        }, Duration.ofMillis(300), "the portal answers"));
        assertTrue(failure.getCause() instanceof java.io.IOException, String.valueOf(failure.getCause()));
    }
}
