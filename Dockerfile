# The app image for docker-compose.yml: built with Maven, run on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
# a font for the charts drawn into the PDF reports (Java's AWT needs one to measure text)
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app/target/ks1.jar /app/ks1.jar
COPY --from=build /src/app/target/lib /app/lib
VOLUME ["/data"]
EXPOSE 8080
# the JVM's options, as ./ks1 takes them: jvm.options without its comments, as a java @argfile
COPY jvm.options /app/jvm.options
RUN grep -v '^[[:space:]]*#' /app/jvm.options > /app/jvm.args
ENTRYPOINT ["java", "@/app/jvm.args", "-jar", "/app/ks1.jar"]
CMD ["run", "--data", "/data"]
