resource "aws_elasticache_replication_group" "cache" {
  replication_group_id          = "cache"
  description                   = "sessions"
  replication_group_description = "sessions"
  node_type                     = "cache.t3.micro"
  num_cache_clusters            = 2
}
