# Build: the same Maven build as README's first command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B package -DskipTests

# Run: a JRE, a non-root user, the bundled corpus as the default, the index on a volume.
FROM eclipse-temurin:17-jre
ENV OPT_OUT_TRACKING=true \
    REPORTQA_CORPUS_DIR=/app/corpus \
    REPORTQA_DATA_DIR=/app/data \
    JAVA_OPTS="-Xmx512m"
RUN useradd --system --uid 10001 --home /app reportqa
WORKDIR /app
COPY --from=build /src/target/quarkus-app/lib/ ./lib/
COPY --from=build /src/target/quarkus-app/app/ ./app/
COPY --from=build /src/target/quarkus-app/quarkus/ ./quarkus/
COPY --from=build /src/target/quarkus-app/quarkus-run.jar ./quarkus-run.jar
COPY corpus/ ./corpus/
RUN mkdir -p /app/data && chown -R reportqa /app/data
USER reportqa
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
