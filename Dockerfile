# Build: the same Maven build as README's first command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B package -DskipTests

# Run: a JRE, a non-root user, the bundled corpus and the int8 model as defaults, the index on a volume.
FROM eclipse-temurin:17-jre
ENV OPT_OUT_TRACKING=true \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=true \
    REPORTQA_CORPUS_DIR=/app/corpus \
    REPORTQA_DATA_DIR=/app/data \
    JAVA_OPTS="-Xmx512m"
# curl only serves the HEALTHCHECK.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app reportqa
WORKDIR /app
COPY --from=build /src/target/quarkus-app/lib/ ./lib/
COPY --from=build /src/target/quarkus-app/app/ ./app/
COPY --from=build /src/target/quarkus-app/quarkus/ ./quarkus/
COPY --from=build /src/target/quarkus-app/quarkus-run.jar ./quarkus-run.jar
COPY corpus/ ./corpus/
# The int8 embedding model, its tokenizer and digest; reportqa.model.path defaults to models/… under WORKDIR.
COPY models/ ./models/
RUN mkdir -p /app/data && chown -R reportqa /app/data
USER reportqa
VOLUME /app/data
EXPOSE 8080
# Ready once the index is usable (the first start indexes the corpus: allow it a few minutes).
HEALTHCHECK --interval=15s --timeout=3s --start-period=180s --retries=3 \
    CMD curl -fs http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
