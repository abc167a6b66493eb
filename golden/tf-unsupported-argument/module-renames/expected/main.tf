resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  db_name             = "appdb"
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id        = "sessions"
  description                 = "Session cache"
  node_type                   = "cache.t3.micro"
  num_cache_clusters          = 2
  preferred_cache_cluster_azs = ["us-east-1a", "us-east-1b"]
  automatic_failover_enabled  = true
}
