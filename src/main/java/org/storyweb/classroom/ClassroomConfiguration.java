package org.storyweb.classroom;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live classes: in this server's memory unless another {@link ClassRooms}, such as a relay, is configured. */
@Configuration(proxyBeanMethods = false)
class ClassroomConfiguration {

    @Bean
    @ConditionalOnMissingBean(ClassRooms.class)
    ClassRooms classRooms(@Value("${storyweb.class.presenter-grace:PT2M}") Duration grace) {
        return new InMemoryClassRooms(grace, Clock.systemUTC());
    }
}
