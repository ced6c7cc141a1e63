package org.civicbroker.broker.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /admin/backup} in the running application on the embedded store: 201 with a new data
 * directory (FORMAT file and store) named in {@code Location} and the body. That a broker starts on
 * it with exactly the data of the moment is {@code BackupRestoreIT}'s part.
 */
@QuarkusTest
class BackupApiTest {

  @Test
  void aBackupIsADataDirectoryNamedInTheAnswer() {
    given()
        .contentType("application/ld+json")
        .body(
            AdminFixtures.load(
                "room.jsonld", java.util.Map.of("id", "urn:ngsi-ld:Room:backup-api", "value", "1")))
        .post("/ngsi-ld/v1/entities");

    Response answer = given().post("/admin/backup");

    answer.then().statusCode(201).contentType("application/json");
    JsonPath body = answer.jsonPath();
    Path directory = Path.of(body.getString("directory"));
    assertThat(Path.of(URI.create(answer.header("Location")))).isEqualTo(directory);
    assertThat(body.getString("name")).matches("backup-\\d{8}T\\d{6}Z(-\\d+)?");
    assertThat(directory.getFileName().toString()).isEqualTo(body.getString("name"));
    assertThat(body.getLong("bytes")).isPositive();
    assertThat(directory.resolve("FORMAT")).isRegularFile();
    assertThat(Files.isDirectory(directory.resolve("rocksdb"))).isTrue();
  }
}
