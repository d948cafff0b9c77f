package it.shop;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Table;

@Table(name = "items")
public record Item(
        @Column(primaryKey = true, identity = true) long id,
        @Column(nullable = false) String name,
        Integer priceCents) {}
