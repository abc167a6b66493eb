def f():
    return """doc


"""
