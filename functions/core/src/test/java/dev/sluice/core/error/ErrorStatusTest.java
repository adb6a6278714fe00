package dev.sluice.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorStatusTest {

    @Test
    void every_typed_error_has_its_status() {
        assertThat(ErrorStatus.of(new BadRequestException("x"))).isEqualTo(400);
        assertThat(ErrorStatus.of(new UnauthorizedException("x"))).isEqualTo(401);
        assertThat(ErrorStatus.of(new PaymentRequiredException("x"))).isEqualTo(402);
        assertThat(ErrorStatus.of(new ForbiddenException("x"))).isEqualTo(403);
        assertThat(ErrorStatus.of(new NotFoundException("x"))).isEqualTo(404);
        assertThat(ErrorStatus.of(new ConflictException("x"))).isEqualTo(409);
        assertThat(ErrorStatus.of(new dev.sluice.core.engine.DuplicateStartException("k", "run_1"))).isEqualTo(409);
        assertThat(ErrorStatus.of(new PayloadTooLargeException("x"))).isEqualTo(413);
        assertThat(ErrorStatus.of(new ValidationException("p", "m"))).isEqualTo(422);
        assertThat(ErrorStatus.of(new ValidationException("d", List.of()))).isEqualTo(422);
        assertThat(ErrorStatus.of(new ServiceUnavailableException("x"))).isEqualTo(503);
    }
}
