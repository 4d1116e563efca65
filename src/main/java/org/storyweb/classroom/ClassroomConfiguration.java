package org.storyweb.classroom;

import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The live classes: in this server's memory ({@code storyweb.class.store=memory}, the default), or in Redis for
 * several servers ({@code storyweb.class.store=redis}, at {@code spring.data.redis.url}). With memory nothing reaches
 * Redis and no Redis health is reported.
 */
@Configuration(proxyBeanMethods = false)
class ClassroomConfiguration {

    @Bean
    @ConditionalOnMissingBean(ClassRooms.class)
    @ConditionalOnProperty(name = "storyweb.class.store", havingValue = "memory", matchIfMissing = true)
    ClassRooms classRooms(@Value("${storyweb.class.presenter-grace:PT2M}") Duration grace) {
        return new InMemoryClassRooms(grace, Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "storyweb.class.store", havingValue = "redis")
    static class Redis {

        @Bean
        RedisMessageListenerContainer classListeners(RedisConnectionFactory connections) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            // Subscribed again within a second of Redis coming back, so that followers catch up soon.
            container.setRecoveryInterval(1000);
            // Started by RedisClassRooms, so that a server starts while Redis is away.
            container.setAutoStartup(false);
            return container;
        }

        @Bean
        @ConditionalOnMissingBean(ClassRooms.class)
        ClassRooms classRooms(StringRedisTemplate redis, RedisMessageListenerContainer classListeners,
                @Value("${storyweb.class.presenter-grace:PT2M}") Duration grace) {
            return new RedisClassRooms(redis, classListeners, grace);
        }

        /** Part of readiness: a server that cannot reach the class store is not ready for a class. */
        @Bean
        HealthIndicator classStore(StringRedisTemplate redis) {
            return () -> {
                try {
                    redis.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping());
                    return Health.up().build();
                } catch (RuntimeException e) {
                    return Health.down().withDetail("store", "redis").build();
                }
            };
        }

        // While Redis is down a command fails at once, rather than waiting in a queue until it times out: the
        // presenter's key press is answered, with a notice.
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }
    }
}
