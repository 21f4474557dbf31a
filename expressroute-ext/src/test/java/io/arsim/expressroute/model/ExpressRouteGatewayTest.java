package io.arsim.expressroute.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressRouteGatewayTest {

  @Test
  void aSkuSpelledInAnotherCaseIsKeptAsAzureSpellsIt() {
    assertThat(ExpressRouteGateway.fromFile("ergw", "hub", "ergw1az", null).sku()).isEqualTo("ErGw1AZ");
    assertThat(ExpressRouteGateway.fromFile("ergw", "hub", "ULTRAPERFORMANCE", null).sku())
        .isEqualTo("UltraPerformance");
  }

  @Test
  void anUnknownSkuIsKeptForValidationToReportAndAMissingOneIsStandard() {
    assertThat(ExpressRouteGateway.fromFile("ergw", "hub", "Huge", null).sku()).isEqualTo("Huge");
    assertThat(ExpressRouteGateway.fromFile("ergw", "hub", null, null).sku()).isEqualTo("Standard");
  }
}
