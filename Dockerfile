# The platform image: ./pipeline with the platform jar and the Spark analytics, built from this repository.
#   docker build -t examcommit-platform .      (or: docker compose build)
# Runs as `./pipeline COMMAND`; docker-compose.yml runs `serve` (the API and the nightly scheduler).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the wrapper and the poms first, so that a change to the sources does not download Maven's world again
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY contract/pom.xml contract/
COPY registration-core/pom.xml registration-core/
COPY batch-jobs/pom.xml batch-jobs/
COPY analytics/pom.xml analytics/
COPY schedules/pom.xml schedules/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /app
# what ./pipeline runs: the platform jar, the analytics jar and Spark's jars for the child JVM
COPY --from=build /src/pipeline ./
COPY --from=build /src/schedules/target/platform.jar schedules/target/
COPY --from=build /src/analytics/target/analytics-app.jar analytics/target/
COPY --from=build /src/analytics/target/spark-jars analytics/target/spark-jars/
ENV PIPELINE_NO_BUILD=1 \
    OUTPUT_ROOT=/data/output \
    INBOX_DIR=/data/inbox \
    DATA_DIR=/data/embedded
VOLUME ["/data/output", "/data/inbox"]
EXPOSE 8080
ENTRYPOINT ["./pipeline"]
CMD ["serve"]
