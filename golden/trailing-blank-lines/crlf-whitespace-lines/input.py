x = 1  # keep
y = {
    "a": 1,
}
   
	
  