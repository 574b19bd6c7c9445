# Builds the application jar and runs it with the postgres profile (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /build/target/meeting-affairs-*.jar /app/meeting-affairs.jar
# The administrator's folders; mount your own over them to change diagrams without a rebuild.
COPY processes /app/processes
COPY forms /app/forms
# Timers (e.g. the yearly plan start, a cron) run in the server's time zone: the agency's.
ENV SPRING_PROFILES_ACTIVE=postgres TZ=Asia/Shanghai
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/meeting-affairs.jar"]
