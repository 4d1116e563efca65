package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which class store a server uses, by its properties, and what it asks of Redis. */
class ClassroomConfigurationTest {

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory().setConversionService(
                    org.springframework.boot.convert.ApplicationConversionService.getSharedInstance()))
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
            .withUserConfiguration(ClassroomConfiguration.class);

    @Test
    void byDefaultClassesAreKeptInMemoryAndNothingReachesRedis() {
        server.run(context -> {
            assertThat(context).hasSingleBean(ClassRooms.class);
            assertThat(context.getBean(ClassRooms.class)).isInstanceOf(InMemoryClassRooms.class);
            assertThat(context).doesNotHaveBean("classListeners");
            assertThat(context).doesNotHaveBean("classStore");
        });
    }

    @Test
    void withRedisAServerStartsEvenWhileRedisIsAwayAndIsNotReadyUntilItAnswers() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        server.withPropertyValues("storyweb.class.store=redis", "spring.data.redis.url=redis://127.0.0.1:" + closed)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ClassRooms.class)).isInstanceOf(RedisClassRooms.class);
                    assertThat(context.getBean("classStore", HealthIndicator.class).health(false).getStatus())
                            .isEqualTo(Status.DOWN);
                });
    }
}
